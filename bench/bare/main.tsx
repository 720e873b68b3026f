// The benchmark's baseline: a bare React page built the same way as the app.
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (root) createRoot(root).render(<h1>Hello</h1>)
