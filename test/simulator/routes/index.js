'use strict';
module.exports = {
	...require('./contacts'),
	...require('./crm'),
	...require('./projects'),
	...require('./engagement'),
	...require('./sourcing'),
};
