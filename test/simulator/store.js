'use strict';
// In-memory state + deterministic seed. Every collection is a Map keyed by id (members by user_id).
const { detUuid, prng } = require('./util');

const COLLECTIONS = [
	'contacts',
	'companies',
	'deals',
	'pipelines',
	'notes',
	'tags',
	'tasks',
	'enrichments',
	'conversations',
	'messages',
	'projects',
	'entries',
	'sequences',
	'enrollments',
	'files',
	'members',
	'connectedAccounts',
	'customFields',
];

function createState() {
	const state = {};
	for (const c of COLLECTIONS) state[c] = new Map();
	state.sourcingProfiles = [];
	return state;
}

const BASE = Date.parse('2025-09-01T08:00:00.000Z');
const ts = (hours) => new Date(BASE + hours * 3600e3).toISOString();
const day = (d) => new Date(BASE + d * 86400e3).toISOString().slice(0, 10);

const PROJECT_STAGES = [
	['Sourced', 'sourced', '#94A3B8'],
	['Contacted', 'contacted', '#60A5FA'],
	['Interview', 'interview', '#A78BFA'],
	['Offer', 'offer', '#F59E0B'],
	['Hired', 'hired', '#10B981'],
];
function defaultProjectPipeline(idFn) {
	return {
		id: idFn('pipeline'),
		stages: PROJECT_STAGES.map(([name, cat, color], i) => ({
			id: idFn(`stage:${i}`),
			name,
			position: i,
			system_category: cat,
			color,
		})),
	};
}

const FIRST = [
	'Sophie',
	'Lucas',
	'Emma',
	'Hugo',
	'Chloé',
	'Louis',
	'Léa',
	'Gabriel',
	'Manon',
	'Jules',
	'Camille',
	'Arthur',
	'Sarah',
	'Nathan',
	'Inès',
	'Paul',
	'Alice',
	'Tom',
	'Julie',
	'Adam',
];
const LAST = [
	'Martin',
	'Bernard',
	'Dubois',
	'Thomas',
	'Robert',
	'Richard',
	'Petit',
	'Durand',
	'Leroy',
	'Moreau',
	'Simon',
	'Laurent',
	'Lefebvre',
	'Michel',
	'Garcia',
	'David',
	'Bertrand',
	'Roux',
	'Vincent',
	'Fournier',
];
const TITLES = [
	'Backend Engineer',
	'Senior Backend Engineer',
	'Data Analyst',
	'Head of Sales',
	'Product Manager',
	'DevOps Engineer',
	'Frontend Developer',
	'Sales Director',
	'CTO',
	'Talent Acquisition Manager',
];
const LOCATIONS = [
	'Paris, France',
	'Lyon, France',
	'London, United Kingdom',
	'Berlin, Germany',
	'Madrid, Spain',
	'Amsterdam, Netherlands',
	'Remote',
];
const SKILLS = [
	'Java',
	'TypeScript',
	'Python',
	'SQL',
	'Kubernetes',
	'React',
	'Go',
	'Negotiation',
	'Salesforce',
	'AWS',
];
const COMPANIES = [
	['Acme Robotics', 'acme-robotics.com', 'Robotics', '51-200', 'Paris, France', 'strategic'],
	['Bluewave Analytics', 'bluewave.io', 'Software', '11-50', 'Lyon, France', 'key'],
	[
		'Cobalt Finance',
		'cobalt-finance.com',
		'Financial Services',
		'201-500',
		'London, United Kingdom',
		'standard',
	],
	['Dune Logistics', 'dune-logistics.eu', 'Logistics', '501-1000', 'Berlin, Germany', 'standard'],
	['Ember Health', 'emberhealth.fr', 'Healthcare', '51-200', 'Paris, France', 'key'],
	[
		'Fjord Energy',
		'fjord-energy.com',
		'Energy',
		'1001-5000',
		'Amsterdam, Netherlands',
		'strategic',
	],
	['Granite Retail', 'granite-retail.es', 'Retail', '201-500', 'Madrid, Spain', 'standard'],
	['Helix Biotech', 'helixbio.com', 'Biotech', '11-50', 'Lyon, France', 'key'],
	['Iris Media', 'irismedia.co', 'Media', '1-10', 'Remote', 'standard'],
	['Juno Legacy Systems', 'juno-legacy.com', 'Software', '51-200', 'Paris, France', 'standard'],
];
const TAGS = [
	['Hot lead', '#EF4444', 'contact'],
	['Java', '#3B82F6', 'contact'],
	['Remote OK', '#10B981', 'global'],
	['VIP', '#F59E0B', 'global'],
	['Key account', '#8B5CF6', 'company'],
	['Priority', '#EC4899', 'deal'],
];
const STATUSES = ['new', 'contacted', 'replied', 'qualified', 'bounced', 'new', 'contacted'];
const TYPES = ['candidate', 'candidate', 'candidate', 'client', 'prospect'];

const slug = (s) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');

function seedState(state) {
	const id = (label) => detUuid(label);

	// members & connected accounts
	const members = [
		['Claire', 'Dumont', 'claire@talentco.example', 'owner'],
		['Marc', 'Lemaire', 'marc@talentco.example', 'admin'],
		['Nadia', 'Benali', 'nadia@talentco.example', 'member'],
	];
	members.forEach(([first_name, last_name, email, role], i) => {
		const user_id = id(`member:${i}`);
		state.members.set(user_id, {
			user_id,
			first_name,
			last_name,
			email,
			role,
			created_at: ts(-500 + i),
		});
	});
	const memberIds = [...state.members.keys()];
	state.connectedAccounts.set(id('account:0'), {
		id: id('account:0'),
		name: 'Claire Dumont (Recruiter)',
		provider: 'linkedin',
		license_type: 'recruiter',
		api_status: { classic: 'active', sales_navigator: 'inactive', recruiter: 'active' },
		owner_id: memberIds[0],
		created_at: ts(-400),
	});
	state.connectedAccounts.set(id('account:1'), {
		id: id('account:1'),
		name: 'Marc Lemaire',
		provider: 'linkedin',
		license_type: 'classic',
		api_status: { classic: 'inactive', sales_navigator: 'inactive', recruiter: 'inactive' },
		owner_id: memberIds[1],
		created_at: ts(-399),
	});

	// custom fields
	const cf = (entity, i, key, label, type, options, position) => {
		const rec = {
			id: id(`cf:${entity}:${key}`),
			entity,
			key,
			label,
			type,
			options: options
				? options.map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) }))
				: [],
			is_required: false,
			position,
		};
		state.customFields.set(rec.id, rec);
	};
	cf('contact', 0, 'salary_expectation', 'Salary expectation', 'number', null, 0);
	cf('contact', 1, 'seniority', 'Seniority', 'select', ['junior', 'mid', 'senior'], 1);
	cf('contact', 2, 'notice_period', 'Notice period', 'text', null, 2);
	cf('company', 0, 'tier', 'Tier', 'select', ['strategic', 'key', 'standard'], 0);

	// tags
	TAGS.forEach(([name, color, scope], i) =>
		state.tags.set(id(`tag:${i}`), {
			id: id(`tag:${i}`),
			name,
			color,
			scope,
			created_at: ts(-300 + i),
		}),
	);

	// companies
	COMPANIES.forEach(([name, domain, industry, size, location, tier], i) => {
		const c = {
			id: id(`company:${i}`),
			name,
			domain,
			industry,
			size,
			location,
			website: `https://${domain}`,
			linkedin_url: `https://www.linkedin.com/company/${slug(name)}`,
			description: `${name} — ${industry.toLowerCase()} company based in ${location}.`,
			custom_data: { tier },
			created_at: ts(-200 + i),
			updated_at: ts(-200 + i),
			archived_at: null,
		};
		if (i === 9) {
			c.archived_at = ts(100);
			c.updated_at = ts(100);
		}
		state.companies.set(c.id, c);
	});
	const companyIds = [...state.companies.keys()];
	const tagNames = TAGS.filter((t) => t[2] !== 'company' && t[2] !== 'deal').map((t) => t[0]);

	// contacts
	for (let i = 0; i < 60; i++) {
		const first_name = FIRST[i % 20];
		const last_name = LAST[(i * 7 + Math.floor(i / 20)) % 20];
		const companyIdx = i % 9;
		const company = COMPANIES[companyIdx];
		const status = STATUSES[i % STATUSES.length];
		const c = {
			id: id(`contact:${i}`),
			first_name,
			last_name,
			title: TITLES[i % TITLES.length],
			current_company: company[0],
			company_id: companyIds[companyIdx],
			location: LOCATIONS[i % LOCATIONS.length],
			linkedin_profile: `https://www.linkedin.com/in/${slug(first_name)}-${slug(last_name)}-${i}`,
			emails: [{ email: `${slug(first_name)}.${slug(last_name)}${i}@${company[1]}`, type: 'work' }],
			phones:
				i % 3 === 0
					? [
							{
								phone: `+33 6 ${String(10 + i).padStart(2, '0')} 00 00 ${String(i).padStart(2, '0')}`,
								type: 'personal',
							},
						]
					: [],
			tags: [tagNames[i % tagNames.length], ...(i % 5 === 0 ? ['Remote OK'] : [])].filter(
				(v, k, a) => a.indexOf(v) === k,
			),
			contact_type: TYPES[i % TYPES.length],
			global_status: status,
			source: i % 2 ? 'linkedin' : 'manual',
			summary: `${TITLES[i % TITLES.length]} with ${3 + (i % 12)} years of experience.`,
			skills: [SKILLS[i % 10], SKILLS[(i + 3) % 10]],
			languages: ['French', ...(i % 2 ? ['English'] : [])],
			years_experience: 3 + (i % 12),
			custom_data:
				i % 4 === 3
					? {}
					: {
							salary_expectation: 40000 + (i % 10) * 5000,
							seniority: ['junior', 'mid', 'senior'][i % 3],
							...(i % 2 ? { notice_period: `${1 + (i % 3)} months` } : {}),
						},
			do_not_contact: false,
			created_at: ts(i * 5),
			updated_at: ts(i * 5 + (i % 4)),
			last_contacted_at: ['contacted', 'replied', 'qualified', 'bounced'].includes(status)
				? ts(i * 5 + 2)
				: null,
			archived_at: null,
		};
		if (i === 7) {
			c.do_not_contact = true;
			c.global_status = 'do_not_contact';
		}
		if (i >= 55) {
			c.archived_at = ts(400 + i);
			c.updated_at = c.archived_at;
			c.global_status = 'archived';
		}
		state.contacts.set(c.id, c);
	}
	const contactIds = [...state.contacts.keys()];

	// deal pipelines + deals
	const pipelines = [
		['Sales', ['Lead', 'Qualified', 'Proposal', 'Negotiation']],
		['Partnerships', ['Intro', 'Discussion', 'Contract']],
	];
	pipelines.forEach(([name, stages], p) => {
		const pl = {
			id: id(`dealpipeline:${p}`),
			name,
			is_default: p === 0,
			position: p,
			stages: stages.map((s, k) => ({
				id: id(`dealpipeline:${p}:stage:${k}`),
				name: s,
				position: k,
			})),
			created_at: ts(-250 + p),
			updated_at: ts(-250 + p),
		};
		state.pipelines.set(pl.id, pl);
	});
	const pls = [...state.pipelines.values()];
	const dealDefs = [
		['Acme — 3 backend hires', 0, 0, 0, 45000, 'open', 60],
		['Bluewave — data team', 0, 1, 1, 18000, 'open', 40],
		['Cobalt — sales leadership', 0, 2, 2, 30000, 'won', 100],
		['Dune — retainer', 0, 3, 3, 60000, 'open', 75],
		['Ember — nurse recruiters', 0, 0, 4, 12000, 'lost', 0],
		['Fjord — partnership', 1, 0, 5, 25000, 'open', 20],
		['Granite — store managers', 1, 2, 6, 9000, 'open', 80],
		['Helix — lab techs', 0, 1, 7, 15000, 'disqualified', 0],
	];
	dealDefs.forEach(([title, p, s, comp, amount, status, probability], i) => {
		const pl = pls[p];
		const d = {
			id: id(`deal:${i}`),
			title,
			status,
			amount,
			signed_amount: status === 'won' ? amount : null,
			currency: 'EUR',
			expected_amount: Math.round(amount * probability) / 100,
			expected_close_date: day(90 + i * 7),
			actual_close_date: status === 'open' ? null : day(60 + i),
			probability,
			pipeline_id: pl.id,
			stage_id: pl.stages[Math.min(s, pl.stages.length - 1)].id,
			company_id: companyIds[comp],
			owner_id: memberIds[i % 3],
			contact_ids: [contactIds[i * 3]],
			close_reason_id: null,
			loss_reason_id: null,
			closed_at: status === 'open' ? null : ts(60 * 24 + i),
			created_at: ts(20 + i * 3),
			updated_at: ts(20 + i * 3 + 1),
			archived_at: null,
		};
		state.deals.set(d.id, d);
	});
	const archivedDeal = state.deals.get(id('deal:4'));
	archivedDeal.archived_at = ts(2000);
	archivedDeal.updated_at = ts(2000);
	const dealIds = [...state.deals.keys()];

	// projects (pipeline + entries)
	const projects = [
		['Senior Backend Engineer', 'active', 0, 'Paris, France'],
		['Head of Sales EMEA', 'active', 2, 'London, United Kingdom'],
		['Data Analyst 2024', 'archived', 1, 'Lyon, France'],
	];
	projects.forEach(([name, status, comp, location], p) => {
		const pr = {
			id: id(`project:${p}`),
			name,
			status,
			client_name: COMPANIES[comp][0],
			client_company_id: companyIds[comp],
			location,
			description: `Search for a ${name}.`,
			template_id: null,
			owner_ids: [memberIds[p % 3]],
			pipeline: defaultProjectPipeline((l) => id(`project:${p}:${l}`)),
			created_at: ts(30 + p * 10),
			updated_at: ts(31 + p * 10),
		};
		state.projects.set(pr.id, pr);
		const n = [8, 5, 3][p];
		for (let k = 0; k < n; k++) {
			const contact_id = contactIds[p * 10 + k];
			const stage = pr.pipeline.stages[k % 5];
			const e = {
				id: id(`entry:${p}:${k}`),
				project_id: pr.id,
				contact_id,
				stage_id: stage.id,
				rating: k % 6,
				notes: k % 2 ? 'Strong profile' : null,
				rejection_reason_id: null,
				stage_changed_at: ts(40 + p * 10 + k),
				created_at: ts(35 + p * 10 + k),
				updated_at: ts(40 + p * 10 + k),
			};
			state.entries.set(e.id, e);
		}
	});
	const projectIds = [...state.projects.keys()];

	// notes
	for (let i = 0; i < 10; i++) {
		const n = {
			id: id(`note:${i}`),
			content: `Note ${i + 1}: ${['Called, interested', 'Sent job description', 'Salary discussed', 'Follow up next week', 'Met at meetup'][i % 5]}`,
			contact_id: i < 6 ? contactIds[i] : null,
			company_id: i === 6 || i === 7 ? companyIds[i - 6] : null,
			deal_id: i === 8 ? dealIds[0] : null,
			project_id: i === 9 ? projectIds[0] : null,
			author_id: memberIds[i % 3],
			created_at: ts(50 + i),
			updated_at: ts(50 + i),
		};
		state.notes.set(n.id, n);
	}

	// tasks
	const taskTypes = [
		'call',
		'email',
		'linkedin_connect',
		'linkedin_message',
		'whatsapp',
		'todo',
		'reminder',
		'meeting',
		'interview',
	];
	for (let i = 0; i < 12; i++) {
		const status = ['todo', 'todo', 'done', 'skipped'][i % 4];
		const t = {
			id: id(`task:${i}`),
			title: `Task ${i + 1}: ${taskTypes[i % 9]} follow-up`,
			description: i % 2 ? 'Check availability' : null,
			type: taskTypes[i % 9],
			status,
			priority: ['low', 'medium', 'high'][i % 3],
			due_date: day(80 + i),
			assigned_to: memberIds[i % 3],
			contact_id: i < 8 ? contactIds[i] : null,
			company_id: i >= 8 && i < 10 ? companyIds[i] : null,
			deal_id: i === 10 ? dealIds[1] : null,
			project_id: i === 11 ? projectIds[0] : null,
			completed_at: status === 'done' ? ts(70 + i) : null,
			created_at: ts(60 + i),
			updated_at: ts(62 + i),
		};
		state.tasks.set(t.id, t);
	}

	// sequences + enrollments
	const seqs = [
		['Backend outreach Q4', 'active', 'high', 4],
		['Sales leaders nurture', 'paused', 'medium', 3],
	];
	seqs.forEach(([name, status, priority, steps_count], s) => {
		state.sequences.set(id(`sequence:${s}`), {
			id: id(`sequence:${s}`),
			name,
			status,
			priority,
			steps_count,
			created_at: ts(90 + s),
			updated_at: ts(91 + s),
		});
	});
	const enrollStatuses = ['active', 'active', 'finished', 'replied', 'bounced', 'paused'];
	for (let k = 0; k < 6; k++) addEnrollment(0, k, contactIds[20 + k], enrollStatuses[k]);
	for (let k = 0; k < 3; k++)
		addEnrollment(1, k, contactIds[30 + k], ['active', 'finished', 'replied'][k]);
	function addEnrollment(s, k, contact_id, status) {
		const e = {
			id: id(`enrollment:${s}:${k}`),
			sequence_id: id(`sequence:${s}`),
			contact_id,
			status,
			custom_variables: {},
			enrolled_at: ts(100 + k),
			created_at: ts(100 + k),
			updated_at: ts(101 + k),
		};
		state.enrollments.set(e.id, e);
	}

	// conversations + messages
	const convs = [
		[0, 'email', 'Senior Backend Engineer role', 3],
		[1, 'linkedin', null, 2],
	];
	convs.forEach(([ci, channel, subject, count], c) => {
		const cid = id(`conversation:${c}`);
		for (let m = 0; m < count; m++) {
			const msg = {
				id: id(`message:${c}:${m}`),
				conversation_id: cid,
				direction: m % 2 ? 'inbound' : 'outbound',
				content: m % 2 ? 'Thanks, happy to chat!' : 'Hello, are you open to a new role?',
				subject: channel === 'email' ? subject : null,
				channel,
				sent_at: ts(110 + c * 5 + m),
				read_at: m % 2 ? ts(111 + c * 5 + m) : null,
				created_at: ts(110 + c * 5 + m),
			};
			state.messages.set(msg.id, msg);
		}
		state.conversations.set(cid, {
			id: cid,
			contact_id: contactIds[ci],
			channel,
			subject,
			created_at: ts(110 + c * 5),
			updated_at: ts(110 + c * 5 + count - 1),
			last_message_at: ts(110 + c * 5 + count - 1),
		});
	});

	// files
	const pdf = Buffer.from('%PDF-1.4\n% Leonar simulator sample CV\n%%EOF\n').toString('base64');
	state.files.set(id('file:0'), {
		id: id('file:0'),
		contact_id: contactIds[0],
		project_id: null,
		filename: 'cv-sophie-martin.pdf',
		content_type: 'application/pdf',
		size: Buffer.from(pdf, 'base64').length,
		file_base64: pdf,
		created_at: ts(120),
		updated_at: ts(120),
	});
	const txt = Buffer.from('Job description: Senior Backend Engineer').toString('base64');
	state.files.set(id('file:1'), {
		id: id('file:1'),
		contact_id: null,
		project_id: projectIds[0],
		filename: 'job-description.txt',
		content_type: 'text/plain',
		size: Buffer.from(txt, 'base64').length,
		file_base64: txt,
		created_at: ts(121),
		updated_at: ts(121),
	});

	state.sourcingProfiles = sourcingPool();
	return state;
}

const POOL_CITIES = [
	['Paris', 'Ile-de-France', 'France'],
	['Lyon', 'Auvergne-Rhône-Alpes', 'France'],
	['London', 'England', 'United Kingdom'],
	['Berlin', 'Berlin', 'Germany'],
	['Madrid', 'Community of Madrid', 'Spain'],
	['Amsterdam', 'North Holland', 'Netherlands'],
	['Barcelona', 'Catalonia', 'Spain'],
	['Munich', 'Bavaria', 'Germany'],
];
const POOL_COMPANIES = [
	'Doctolib',
	'Qonto',
	'BlaBlaCar',
	'Datadog',
	'Criteo',
	'Alan',
	'Back Market',
	'Mirakl',
	'Spendesk',
	'Contentsquare',
	'Zalando',
	'Revolut',
	'Adyen',
	'Glovo',
];
const POOL_TITLES = [
	'Backend Engineer',
	'Senior Backend Engineer',
	'Staff Engineer',
	'Data Engineer',
	'Data Analyst',
	'Head of Sales',
	'Account Executive',
	'Product Manager',
	'DevOps Engineer',
	'Engineering Manager',
];

let POOL_CACHE = null;
/** ≥300 deterministic sourcing profiles (shape §6.9). */
function sourcingPool() {
	if (!POOL_CACHE) {
		const r = prng(42);
		const out = [];
		for (let i = 0; i < 320; i++) {
			const first_name = r.pick(FIRST);
			const last_name = r.pick(LAST);
			const [city, state, country] = r.pick(POOL_CITIES);
			const title = r.pick(POOL_TITLES);
			const company = r.pick(POOL_COMPANIES);
			const years = 1 + r.int(20);
			const skills = [...new Set([r.pick(SKILLS), r.pick(SKILLS), r.pick(SKILLS)])];
			const prevCompany = r.pick(POOL_COMPANIES);
			const handle = `${slug(first_name)}-${slug(last_name)}-${(100000 + i * 7919).toString(36)}`;
			out.push({
				profile_id: `ACoAA${(1000000 + i * 104729).toString(36).toUpperCase()}`,
				first_name,
				last_name,
				headline: `${title} at ${company}`,
				picture_url: `https://media.example.com/profile/${i}.jpg`,
				location: `${city}, ${state}, ${country}`,
				linkedin_url: `https://www.linkedin.com/in/${handle}`,
				summary: `${title} with ${years} years of experience in ${skills.join(', ')}.`,
				current_job: { title, company_name: company },
				experiences: [
					{
						title,
						company_name: company,
						company_domain: `${slug(company)}.com`,
						start_date: `${2025 - Math.min(years, 4)}-01-01`,
						end_date: null,
						description: null,
						is_current: true,
					},
					{
						title: title.replace('Senior ', ''),
						company_name: prevCompany,
						company_domain: `${slug(prevCompany)}.com`,
						start_date: `${2025 - years}-01-01`,
						end_date: `${2025 - Math.min(years, 4)}-01-01`,
						description: null,
						is_current: false,
					},
				],
				educations: [
					{
						educational_establishment: r.pick([
							'EPITA',
							'HEC Paris',
							'Imperial College London',
							'TU München',
							'Universidad Complutense',
						]),
						diploma: 'MSc',
						specialization: r.pick(['Computer Science', 'Business', 'Statistics']),
						start_date: `${2025 - years - 5}-09-01`,
						end_date: `${2025 - years - 3}-06-30`,
					},
				],
				skills,
				total_years_experience: years,
				open_to_work: r() < 0.3,
				_city: city,
				_state: state,
				_country: country,
			});
		}
		POOL_CACHE = out;
	}
	return POOL_CACHE.map((p) => structuredClone(p));
}

const LINKEDIN_LOCATIONS = [
	['105015875', 'Paris, Ile-de-France, France'],
	['104246759', 'Paris Area, France'],
	['102322077', 'Lyon, Auvergne-Rhône-Alpes, France'],
	['105015876', 'France'],
	['90009496', 'London Area, United Kingdom'],
	['101165590', 'United Kingdom'],
	['103035651', 'Berlin, Berlin, Germany'],
	['101282230', 'Germany'],
	['103374081', 'Madrid, Community of Madrid, Spain'],
	['105646813', 'Spain'],
	['102011674', 'Amsterdam, North Holland, Netherlands'],
	['102890719', 'Netherlands'],
	['107025191', 'Barcelona, Catalonia, Spain'],
	['100477049', 'Munich, Bavaria, Germany'],
];

module.exports = {
	COLLECTIONS,
	createState,
	seedState,
	defaultProjectPipeline,
	LINKEDIN_LOCATIONS,
	PROJECT_STAGES,
};
