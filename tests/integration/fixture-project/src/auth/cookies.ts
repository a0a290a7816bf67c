// The app's cookie writer: callers choose the options.
export function setSessionCookie(res, value, options) {
  res.cookie('sid', value, options);
}
