// Copies the SVG icons next to the compiled JavaScript so that n8n finds them
// with the `file:` paths used in the node and credential descriptions.
const { src, dest } = require('gulp');

function buildIcons() {
	return src(['icons/**/*.svg', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
