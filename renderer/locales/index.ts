// Registers the app shell's strings with i18next as the 'app' namespace.
import { registerStrings } from '../i18n';
import { en } from './en';
import { ko } from './ko';

registerStrings('app', { en, ko });
