/** Leonar takes at most 500 contacts per enroll or unenroll call. */
export const ENROLL_CHUNK = 500;

/** Fields a simplified sequence keeps. */
export const SIMPLE_SEQUENCE_FIELDS = [
	'id',
	'name',
	'status',
	'priority',
	'steps_count',
	'enrollments',
	'created_at',
	'updated_at',
] as const;

/** Fields a simplified enrollment keeps. */
export const SIMPLE_ENROLLMENT_FIELDS = [
	'id',
	'sequence_id',
	'contact_id',
	'status',
	'enrolled_at',
	'contact',
] as const;
