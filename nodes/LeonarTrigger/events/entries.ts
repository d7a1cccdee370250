import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { leonarApiRequestAllItems } from '../../Leonar/transport';
import { ENDPOINTS } from '../../Leonar/transport/endpoints';
import { forgetAbsent, keepNewest, reconcileDue, setNewest, toMap, toRecord } from '../bounded';
import type { Feed } from '../cursor';
import { cursorAtLatest, drain, latestPosition, markerTime, newest } from '../cursor';
import type { EventHandler, PollLimits, ProjectState, TriggerConfig } from './types';
import { START, copyState, latestPerId } from './types';

// ------------------------------------------------------------------ pipeline entries

/** Candidates remembered per project (Candidate Moved); beyond that the least recently seen are forgotten. */
export const MAX_STAGES = 1000;

const entriesBy = (projectId: string, marker: string, qs?: IDataObject): Feed => ({
	endpoint: ENDPOINTS.entryList,
	pathParams: { id: projectId },
	marker,
	qs,
});

const stageOf = (entry: IDataObject): string | undefined => {
	const stage = entry.stage as IDataObject | null | undefined;
	const id = stage?.id ?? entry.stage_id;
	return id === undefined || id === null ? undefined : String(id);
};

/** The projects an entry event watches, with their creation time. */
async function watchedProjects(ctx: IPollFunctions, config: TriggerConfig): Promise<IDataObject[]> {
	if (config.projectId) return [{ id: config.projectId }];
	return await leonarApiRequestAllItems.call(ctx, ENDPOINTS.projectList, {
		qs: { status: 'active', sort: 'created_at' },
	});
}

function newestCreation(projects: IDataObject[], before: string | null | undefined): string | null {
	let best = before ?? null;
	for (const project of projects) {
		const created = project.created_at;
		if (typeof created === 'string' && (best === null || markerTime(created) > markerTime(best)))
			best = created;
	}
	return best;
}

/**
 * Starts watching one project. `fresh` = the project did not exist when watching began, so
 * all of its entries are new; otherwise it starts from "now".
 */
async function startProject(
	ctx: IPollFunctions,
	config: TriggerConfig,
	projectId: string,
	fresh: boolean,
	limits: PollLimits,
): Promise<ProjectState> {
	if (config.event !== 'candidateMoved') {
		const cursor = fresh
			? START
			: await cursorAtLatest(ctx, entriesBy(projectId, 'created_at'), limits.maxPages);
		return { cursor, since: cursor.at };
	}
	if (fresh) return { cursor: START, since: null, stages: {} };
	const { cursor, serverNow } = await latestPosition(
		ctx,
		entriesBy(projectId, 'updated_at'),
		limits.maxPages,
	);
	const stages = new Map<string, string>();
	for (const entry of (await entriesNow(ctx, config, projectId, MAX_STAGES)).reverse()) {
		const stage = stageOf(entry);
		if (stage) stages.set(String(entry.id), stage);
	}
	return { cursor, since: cursor.at, stages: toRecord(stages), prunedAt: serverNow.toISOString() };
}

/** The entries of a project now (only those in the chosen stage, if one is chosen), newest first. */
async function entriesNow(
	ctx: IPollFunctions,
	config: TriggerConfig,
	projectId: string,
	limit: number,
) {
	const qs: IDataObject = { sort: '-created_at' };
	if (config.stageId) qs.stage_id = config.stageId;
	return await leonarApiRequestAllItems.call(ctx, ENDPOINTS.entryList, {
		pathParams: { id: projectId },
		qs,
		limit,
	});
}

/**
 * Removed entries never show in the feed again: once a day, one project per poll (the one
 * reconciled longest ago) forgets the entries absent from its list.
 */
async function reconcileOne(
	ctx: IPollFunctions,
	config: TriggerConfig,
	states: Record<string, ProjectState>,
	serverNow: Date,
): Promise<void> {
	const now = serverNow.toISOString();
	let due: [string, ProjectState] | undefined;
	for (const [projectId, project] of Object.entries(states)) {
		if (project.prunedAt === undefined) project.prunedAt = now;
		else if (
			reconcileDue(project.prunedAt, serverNow) &&
			(!due || project.prunedAt < String(due[1].prunedAt))
		) {
			due = [projectId, project];
		}
	}
	if (!due) return;
	const [projectId, project] = due;
	const stages = toMap(project.stages);
	forgetAbsent(stages, await entriesNow(ctx, config, projectId, MAX_STAGES + 1), MAX_STAGES);
	project.stages = toRecord(stages);
	project.prunedAt = now;
}

/**
 * Moves among changed entries; updates `project.stages` (a copy), at most MAX_STAGES of them.
 * `lastLook` = the project's position before this poll. Where Leonar sends an entry's
 * `stage_changed_at`, a stage change after the last look is a move whatever the trigger
 * remembers (so a move the trigger saw but n8n did not save, a move away and back between two
 * polls, or a forgotten candidate, are all judged right); otherwise the remembered stage decides.
 */
function detectMoves(
	config: TriggerConfig,
	project: ProjectState,
	entries: IDataObject[],
	lastLook: number,
): IDataObject[] {
	const stages = toMap(project.stages);
	const target = config.stageId;
	const sinceTime = project.since === null ? -Infinity : markerTime(project.since);
	const moves: IDataObject[] = [];
	for (const entry of entries) {
		const id = String(entry.id);
		const stage = stageOf(entry);
		if (!stage) continue;
		const previous = stages.get(id);
		const changed = markerTime(entry.stage_changed_at);
		const created = markerTime(entry.created_at);
		let moved: boolean;
		if (Number.isFinite(changed)) {
			// A move after the entry was added (an entry added and moved between two polls too).
			moved =
				changed > created && (changed > lastLook || (previous !== undefined && previous !== stage));
		} else if (previous !== undefined) moved = previous !== stage;
		else moved = Boolean(target) && created <= sinceTime && stage === target; // an older entry outside the chosen stage
		if (!target || stage === target) setNewest(stages, id, stage);
		else stages.delete(id);
		if (moved && (!target || stage === target)) {
			moves.push({
				...entry,
				previous_stage_id: previous !== undefined && previous !== stage ? previous : null,
			});
		}
	}
	keepNewest(stages, MAX_STAGES);
	project.stages = toRecord(stages);
	return moves;
}

export function entryEvent(): EventHandler {
	return {
		async start(ctx, config, limits) {
			const projects = await watchedProjects(ctx, config);
			const states: Record<string, ProjectState> = {};
			for (const project of projects) {
				states[String(project.id)] = await startProject(
					ctx,
					config,
					String(project.id),
					false,
					limits,
				);
			}
			return config.projectId
				? { projects: states }
				: { projects: states, projectsSince: newestCreation(projects, null) };
		},
		async poll(ctx, config, state, limits) {
			const next = copyState(state);
			const previous = next.projects ?? {};
			const projects = await watchedProjects(ctx, config);
			const sinceTime = next.projectsSince ? markerTime(next.projectsSince) : -Infinity;
			const states: Record<string, ProjectState> = {};
			const items: IDataObject[] = [];
			const moved = config.event === 'candidateMoved';
			let serverNow: Date | undefined;
			for (const project of projects) {
				const projectId = String(project.id);
				let watched = previous[projectId];
				if (!watched) {
					// A project created since the last poll: all its entries are new. One seen
					// before (re-activated, or the list was cut): start from now.
					const fresh = !config.projectId && markerTime(project.created_at) > sinceTime;
					watched = await startProject(ctx, config, projectId, fresh, limits);
					if (!fresh) {
						states[projectId] = watched;
						continue;
					}
				}
				const feed = entriesBy(projectId, moved ? 'updated_at' : 'created_at');
				const lastLook = watched.cursor.at === null ? -Infinity : markerTime(watched.cursor.at);
				const result = await drain(ctx, feed, watched.cursor, limits);
				watched.cursor = result.cursor;
				serverNow = result.serverNow;
				const found = moved
					? detectMoves(config, watched, result.records, lastLook)
					: result.records;
				items.push(...latestPerId(found));
				states[projectId] = watched;
			}
			if (moved && serverNow) await reconcileOne(ctx, config, states, serverNow);
			next.projects = states;
			if (!config.projectId) next.projectsSince = newestCreation(projects, next.projectsSince);
			return { items, state: next };
		},
		async sample(ctx, config) {
			const moved = config.event === 'candidateMoved';
			const projects = config.projectId
				? [{ id: config.projectId }]
				: await leonarApiRequestAllItems.call(ctx, ENDPOINTS.projectList, {
						qs: { status: 'active', sort: '-updated_at' },
						limit: 5,
					});
			for (const project of projects) {
				const qs: IDataObject = {};
				if (moved && config.stageId) qs.stage_id = config.stageId;
				const records = await newest(
					ctx,
					entriesBy(String(project.id), moved ? 'updated_at' : 'created_at', qs),
					1,
				);
				if (records[0]) return moved ? { ...records[0], previous_stage_id: null } : records[0];
			}
			return null;
		},
	};
}
