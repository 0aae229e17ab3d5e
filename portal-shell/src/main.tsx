import './styles/global.css';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { provideSharedAntd } from './federation/runtime';

dayjs.locale('zh-cn');
provideSharedAntd();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
