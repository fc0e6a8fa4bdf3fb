// Hydrates the server-rendered thread and records every error React reports.
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.ts';

const errors: string[] = [];
(window as unknown as { reactErrors: string[] }).reactErrors = errors;
hydrateRoot(document.getElementById('root')!, createElement(App), {
  onRecoverableError: (error) => void errors.push(`recoverable: ${String(error)}`),
  onCaughtError: (error) => void errors.push(`caught: ${String(error)}`),
  onUncaughtError: (error) => void errors.push(`uncaught: ${String(error)}`),
});
