// The student's page of a live session (join.html): no stage, no sound; the texts, the content and Socket.IO.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
// The headings and the record's text are set in the serif, as on the projector.
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/700.css';
import '../styles.css';
import './join.css';
import { JoinApp } from './join-app';

JoinApp.start().catch((problem: unknown) => {
  const card = document.getElementById('join-screen');
  if (!card) return;
  const message = document.createElement('p');
  message.className = 'notice';
  message.setAttribute('role', 'alert');
  message.textContent = `Crossroads could not start: ${problem instanceof Error ? problem.message : String(problem)}`;
  card.replaceChildren(message);
});
