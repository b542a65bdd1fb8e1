// Drives Ghost's own Admin API client against a running Masthead and prints what it got, as JSON, for
// GhostClientsTest to check. Environment: MASTHEAD_URL, ADMIN_KEY, IMAGE (a picture file), and for the second
// phase POST_ID. Phase "write": add a post from HTML, edit it, collide, schedule it, take it back, upload a
// picture and lead with it, try to publish (refused: the picture has no credit). Phase "publish": publish it.
const GhostAdminAPI = require('@tryghost/admin-api');

const api = new GhostAdminAPI({url: process.env.MASTHEAD_URL, key: process.env.ADMIN_KEY, version: 'v6.0'});
const failure = (promise) => promise.then(() => ({name: 'none'}), (err) => ({name: err.name, message: err.message}));
const brief = (p) => ({id: p.id, title: p.title, status: p.status, html: p.html, url: p.url, published_at: p.published_at,
    feature_image: p.feature_image, feature_image_alt: p.feature_image_alt, tags: (p.tags || []).map((t) => t.slug),
    authors: (p.authors || []).map((a) => a.slug)});

async function write() {
    const out = {};
    const added = await api.posts.add({title: 'Written by a program', html: '<p>First <b>draft</b><script>x()</script></p>',
        tags: ['Harbour', {name: 'Weather'}], authors: [{name: 'Ann Smith'}]}, {source: 'html'});
    out.added = brief(added);
    const edited = await api.posts.edit({id: added.id, updated_at: added.updated_at, title: 'Rewritten by a program',
        html: '<p>Second draft</p>'}, {source: 'html'});
    out.edited = brief(edited);
    out.collision = await failure(api.posts.edit({id: added.id, updated_at: added.updated_at, title: 'Lost'}));
    const soon = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    const scheduled = await api.posts.edit({id: added.id, updated_at: edited.updated_at, status: 'scheduled', published_at: soon});
    out.scheduled = brief(scheduled);
    const back = await api.posts.edit({id: added.id, updated_at: scheduled.updated_at, status: 'draft'});
    out.back = brief(back);
    const image = await api.images.upload({file: process.env.IMAGE, ref: 'lead'});
    out.image = image;
    const led = await api.posts.edit({id: added.id, updated_at: back.updated_at, feature_image: image.url,
        feature_image_alt: 'Boats at dawn'});
    out.led = brief(led);
    out.refused = await failure(api.posts.edit({id: added.id, updated_at: led.updated_at, status: 'published'}));
    out.drafts = (await api.posts.browse({filter: 'status:draft', limit: 'all'})).map((p) => p.id);
    return out;
}

async function publish() {
    const current = await api.posts.read({id: process.env.POST_ID});
    const published = await api.posts.edit({id: current.id, updated_at: current.updated_at, status: 'published'});
    return {published: brief(published)};
}

(process.argv[2] === 'publish' ? publish() : write()).then((out) => process.stdout.write(JSON.stringify(out)), (err) => {
    process.stderr.write(String(err && err.stack || err) + ' ' + JSON.stringify(err));
    process.exit(1);
});
