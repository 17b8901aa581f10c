import { loadPlatformsFile } from './platforms';
import { startScoreOutbox } from './scores';

/** At start: the platforms file is read (a broken one stops the start) and the outbox runs. */
export function startLti(env: Record<string, string | undefined>): void {
	loadPlatformsFile(env.FACTQUIZ_LTI_PLATFORMS);
	startScoreOutbox();
}
