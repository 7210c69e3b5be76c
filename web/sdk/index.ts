// The `tccc` global behind an SdkURL. Runs once per injection; see docs/agent-sdk.md.
import { startSdk } from './start-sdk';

startSdk(document.currentScript as HTMLScriptElement | null);
