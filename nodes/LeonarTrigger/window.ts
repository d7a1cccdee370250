/**
 * Where a feed stands: its watermark (`at`, the marker of the newest record taken), the ids
 * taken at that marker, and the ids taken in the look-back window before it.
 *
 * A record's transaction can commit after a poll has read past its marker (a contact created
 * at 09:00:00.100 that becomes visible after the poll took one created at 09:00:00.200). Each
 * poll therefore reads again from LOOK_BACK_MS before the watermark and takes what it has not
 * taken yet: a record is known by its id AND marker, so a later version of a record (a new
 * `updated_at`) is new while the same version is never taken twice. Only the ids of that
 * window are kept, pruned as the watermark moves on, and at most MAX_LOOK_BACK_RECORDS of
 * them: beyond that the window shrinks to the newest ones (its start is kept as `floor`).
 */

/** How far before its watermark a feed is read again, for records committed late. */
export const LOOK_BACK_MS = 5 * 60 * 1000;
/** Ids kept for the look-back window; with more, the window shrinks to the newest of them. */
export const MAX_LOOK_BACK_RECORDS = 100;

export interface Cursor {
	/** The marker value of the last record taken, exactly as the API sent it; null = from the start. */
	at: string | null;
	/** Ids of the records taken whose marker equals `at`. */
	ids: string[];
	/**
	 * Ids of the records taken before `at` within the look-back window, with their marker.
	 * Absent in a cursor saved before the window existed: nothing before `at` is read again.
	 */
	recent?: Record<string, string>;
	/** The look-back window starts no earlier than this (it was cut to MAX_LOOK_BACK_RECORDS). */
	floor?: string;
	/**
	 * Set while Leonar ignores the feed's time filter: when that was last seen (Leonar's clock).
	 * The feed is then read newest first (./newestFirst.ts).
	 */
	unfiltered?: string;
	/** A newest-first read that did not reach the position in one poll; the next poll goes on. */
	scan?: Scan;
}

export interface Scan {
	/** Where the feed stands once the scan is done: the newest records it took. */
	top: Cursor;
	/** The oldest marker the scan has passed and the ids passed at it; absent before the first. */
	below?: { at: string; ids: string[] };
	/** Offset of the next page in the newest-first list (checked against `below` when read). */
	offset: number;
}

export function markerTime(value: unknown): number {
	if (typeof value !== 'string' || value === '') return NaN;
	return Date.parse(value);
}

export class Position {
	at: string | null;

	atTime: number;

	ids: Set<string>;

	private readonly recent = new Map<string, { marker: string; time: number }>();

	private floor: string | undefined;

	private floorTime = -Infinity;

	constructor(
		from: Cursor,
		private readonly lookBackMs: number,
	) {
		this.at = from.at;
		this.atTime = from.at === null ? -Infinity : markerTime(from.at);
		this.ids = new Set(from.ids);
		for (const [id, marker] of Object.entries(from.recent ?? {})) {
			this.recent.set(id, { marker, time: markerTime(marker) });
		}
		// A cursor from before the window: what lies before its watermark is not known by id.
		const floor = from.recent === undefined ? (from.at ?? undefined) : from.floor;
		if (floor !== undefined) this.setFloor(floor);
	}

	/** Where reading starts: the start of the look-back window (the watermark when there is none). */
	windowStart(): string | null {
		if (this.at === null) return null;
		const start = Math.max(this.atTime - this.lookBackMs, this.floorTime);
		return start >= this.atTime ? this.at : new Date(start).toISOString();
	}

	/** Whether a record at this marker time is inside the window (or at the watermark). */
	within(time: number): boolean {
		return time >= Math.min(this.atTime, Math.max(this.atTime - this.lookBackMs, this.floorTime));
	}

	/** This version of the record (id and marker) was taken already. */
	has(id: string, time: number): boolean {
		if (time === this.atTime && this.ids.has(id)) return true;
		const seen = this.recent.get(id);
		return seen !== undefined && seen.time === time;
	}

	take(id: string, marker: string, time: number): void {
		if (time > this.atTime) {
			if (this.at !== null && this.lookBackMs > 0) {
				for (const old of this.ids) this.recent.set(old, { marker: this.at, time: this.atTime });
			}
			this.at = marker;
			this.atTime = time;
			this.ids = new Set([id]);
			this.recent.delete(id);
		} else if (time === this.atTime) {
			this.ids.add(id);
			this.recent.delete(id);
		} else {
			// Committed late, inside the window: taken, the watermark stays.
			this.recent.set(id, { marker, time });
		}
		this.prune();
	}

	toCursor(): Cursor {
		const cursor: Cursor = { at: this.at, ids: [...this.ids] };
		if (this.lookBackMs <= 0 || this.at === null) return cursor;
		cursor.recent = {};
		for (const [id, seen] of this.recent) cursor.recent[id] = seen.marker;
		if (this.floor !== undefined) cursor.floor = this.floor;
		return cursor;
	}

	private setFloor(floor: string): void {
		this.floor = floor;
		this.floorTime = markerTime(floor);
	}

	/** Forgets what fell out of the window; keeps at most MAX_LOOK_BACK_RECORDS ids. */
	private prune(): void {
		const start = this.atTime - this.lookBackMs;
		for (const [id, seen] of this.recent) {
			if (seen.time < start) this.recent.delete(id);
		}
		if (this.floor !== undefined && this.floorTime <= start) {
			this.floor = undefined;
			this.floorTime = -Infinity;
		}
		if (this.recent.size <= MAX_LOOK_BACK_RECORDS) return;
		// Keep the newest; drop whole instants so that no instant is half known.
		const times = [...this.recent.values()].map((seen) => seen.time).sort((a, b) => b - a);
		const cut = times[MAX_LOOK_BACK_RECORDS];
		for (const [id, seen] of this.recent) {
			if (seen.time <= cut) this.recent.delete(id);
		}
		// Only ever raised: a record taken below the floor (read newest first) is not kept.
		if (cut + 1 > this.floorTime) this.setFloor(new Date(cut + 1).toISOString());
	}
}
