// The whole-family sheets carry unicode-range, so a browser fetches only the subsets a page uses.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/700.css';
import './styles.css';
import { startGame } from './app/start-game';

void startGame();
