// Templates of browser code: React components, hooks and API clients that handle tokens and cookies.
import { cap, plural, type Unit } from './context.ts';

type Template = (c: Unit) => string;

export const components: Template[] = [
  (c) => {
    const noun = c.noun();
    const Name = c.name(`${cap(noun)}List`);
    return `export function ${Name}({ filter }${c.t(': { filter: string }')}) {
  const [items, setItems] = useState${c.t(`<Array<{ id: string; name: string }>>`)}([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let cancelled = false;
    api.get(\`/${plural(noun)}?q=\${encodeURIComponent(filter)}\`).then((data) => {
      if (!cancelled) {
        setItems(data);
        setLoading(false);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [filter]);
  if (loading) return <Spinner size="small" />;
  return (
    <ul className="${noun}-list">
      {items.map((item) => (
        <li key={item.id} onClick={() => onSelect(item.id)}>
          {item.name}
        </li>
      ))}
    </ul>
  );
}`;
  },
  (c) => {
    const Name = c.name('LoginForm');
    const storage = c.r.pick(['localStorage', 'sessionStorage', 'memory']);
    return `export function ${Name}({ onDone }${c.t(': { onDone: () => void }')}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState${c.t('<string | null>')}(null);
  async function submit(event${c.t(': React.FormEvent')}) {
    event.preventDefault();
    const response = await fetch('/api/login', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) {
      setError('Wrong email or password');
      return;
    }
    const { token } = await response.json();
    ${storage === 'memory' ? 'tokenStore.current = token;' : `${storage}.setItem('${c.r.pick(['token', 'accessToken', 'auth'])}', token);`}
    onDone();
  }
  return (
    <form onSubmit={submit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}`;
  },
  (c) => {
    const Name = c.name('ThemeToggle');
    return `export function ${Name}() {
  const [theme, setTheme] = useState(() => (document.cookie.includes('theme=dark') ? 'dark' : 'light'));
  const toggle = useCallback(() => {
    const nextTheme = theme === 'dark' ? 'light' : 'dark';
    document.cookie = \`theme=\${nextTheme}; path=/; max-age=31536000${c.r.pick(['; SameSite=Lax', ''])}\`;
    setTheme(nextTheme);
  }, [theme]);
  return (
    <button aria-pressed={theme === 'dark'} onClick={toggle}>
      {theme === 'dark' ? 'Light mode' : 'Dark mode'}
    </button>
  );
}`;
  },
  (c) => {
    const hook = c.name(`use${cap(c.noun())}`);
    return `export function ${hook}(id${c.t(': string | undefined')}) {
  const [state, setState] = useState${c.t('<{ data?: unknown; error?: Error }>')}({});
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    fetch(\`/api/items/\${id}\`, { signal: controller.signal, headers: authHeaders() })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
      .then((data) => setState({ data }))
      .catch((error) => {
        if (error.name !== 'AbortError') setState({ error });
      });
    return () => controller.abort();
  }, [id]);
  return state;
}`;
  },
  (c) => {
    const Name = c.name(`${cap(c.noun())}Card`);
    return `export const ${Name} = memo(function ${Name}({ title, subtitle, children }${c.t(': CardProps')}) {
  const [open, setOpen] = useState(${c.r.pick(['false', 'true'])});
  return (
    <section className={open ? 'card card--open' : 'card'}>
      <header>
        <h3>{title}</h3>
        {subtitle ? <small>{subtitle}</small> : null}
        <button onClick={() => setOpen((value) => !value)}>{open ? 'Hide' : 'Show'}</button>
      </header>
      {open && <div className="card__body">{children}</div>}
    </section>
  );
});`;
  },
];

export const clientUtils: Template[] = [
  (c) => {
    const fn = c.name('authHeaders');
    return `export function ${fn}()${c.t(': Record<string, string>')} {
  const token = ${c.r.pick(["localStorage.getItem('token')", 'tokenStore.current', "sessionStorage.getItem('accessToken')"])};
  return token ? { Authorization: \`Bearer \${token}\` } : {};
}`;
  },
  (c) => {
    const cls = c.name('ApiClient');
    return `export class ${cls} {
  ${c.t('private ')}baseUrl${c.t(': string')};
  constructor(baseUrl${c.t(': string')}) {
    this.baseUrl = baseUrl.replace(/\\/$/, '');
  }
  async request${c.t('<T>')}(path${c.t(': string')}, init${c.t(': RequestInit')} = {})${c.t(': Promise<T>')} {
    const response = await fetch(this.baseUrl + path, {
      ...init,
      credentials: 'include',
      headers: { Accept: 'application/json', ...authHeaders(), ...init.headers },
    });
    if (response.status === 401) {
      window.location.assign('/login?next=' + encodeURIComponent(window.location.pathname));
    }
    if (!response.ok) throw new Error(\`\${response.status} \${response.statusText}\`);
    return response.json();
  }
  get${c.t('<T>')}(path${c.t(': string')}) {
    return this.request${c.t('<T>')}(path);
  }
  post${c.t('<T>')}(path${c.t(': string')}, body${c.t(': unknown')}) {
    return this.request${c.t('<T>')}(path, { method: 'POST', body: JSON.stringify(body) });
  }
}`;
  },
  (c) => {
    const fn = c.name('readCookie');
    return `export function ${fn}(name${c.t(': string')})${c.t(': string | undefined')} {
  return document.cookie
    .split('; ')
    .map((part) => part.split('='))
    .find(([key]) => key === name)?.[1];
}`;
  },
  (c) => {
    const fn = c.name('clientId');
    return `export function ${fn}()${c.t(': string')} {
  let id = localStorage.getItem('client_id');
  if (!id) {
    id = ${c.r.pick(['crypto.randomUUID()', 'Math.random().toString(36).slice(2)', 'String(Date.now())'])};
    localStorage.setItem('client_id', id);
  }
  return id;
}`;
  },
];

export const clientHeader = (ts: boolean): string => `import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { Spinner } from './Spinner';
import { api, onSelect, tokenStore${ts ? ', type CardProps' : ''} } from './api';
`;
