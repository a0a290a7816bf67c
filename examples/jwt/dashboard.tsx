// Browser code: a static key and a long-lived token baked into the bundle (strict).
import { useEffect, useState } from 'react';
import axios from 'axios';

// Flaw: one bearer token for every visitor, readable in the bundle and the network tab.
const api = axios.create({ baseURL: 'https://api.example.com', headers: { Authorization: 'Bearer 3f9a1c7e5b2d46809e1f' } });

export function Dashboard() {
  const [orders, setOrders] = useState<{ id: string; total: number }[]>([]);
  useEffect(() => {
    // Flaw: a shared API key sent by the browser.
    fetch('/api/orders', { headers: { 'X-API-Key': 'static-key-1234' } })
      .then((res) => res.json())
      .then(setOrders);
    api.get('/stats').then(({ data }) => console.log(data));
  }, []);
  return <ul>{orders.map((order) => <li key={order.id}>{order.total}</li>)}</ul>;
}
