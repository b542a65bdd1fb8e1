// Drives Ghost's own Content API client against a running Masthead and prints what it got, as JSON, for
// GhostClientsTest to check. Environment: MASTHEAD_URL, CONTENT_KEY, POST_ID, POST_SLUG.
const GhostContentAPI = require('@tryghost/content-api');

const url = process.env.MASTHEAD_URL;
const api = new GhostContentAPI({url, key: process.env.CONTENT_KEY, version: 'v6.0'});
const old = new GhostContentAPI({url, key: process.env.CONTENT_KEY, version: 'v3'});
const wrong = new GhostContentAPI({url, key: '0123456789abcdef0123456789', version: 'v6.0'});

const titles = (posts) => posts.map((p) => p.title);
const failure = (promise) => promise.then(() => ({name: 'none'}), (err) => ({name: err.name, message: err.message}));

(async () => {
    const out = {};
    const first = await api.posts.browse({limit: 5, include: 'authors,tags'});
    out.browse = {count: first.length, pagination: first.meta.pagination, first: first[0].title,
        primaryAuthor: first[0].primary_author.slug, primaryTag: first[0].primary_tag.slug};
    out.featuredPorts = titles(await api.posts.browse({filter: 'tag:ports+featured:true', limit: 'all'}));
    out.economyOrFeatured = titles(await api.posts.browse({filter: 'tag:economy,featured:true'}));
    out.byBob = titles(await api.posts.browse({filter: 'author:bob-jones', order: 'published_at asc'}));
    out.secondPage = (await api.posts.browse({page: 2})).meta.pagination;
    const byId = await api.posts.read({id: process.env.POST_ID}, {include: 'tags'});
    out.readById = {title: byId.title, primaryTag: byId.primary_tag.slug, url: byId.url};
    out.readBySlug = (await api.posts.read({slug: process.env.POST_SLUG}, {formats: 'html,plaintext'})).plaintext;
    out.fields = Object.keys((await api.posts.browse({fields: 'title,url', limit: 1}))[0]);
    out.page = (await api.pages.read({slug: 'about-us'})).title;
    out.authors = (await api.authors.browse({include: 'count.posts'})).map((a) => [a.slug, a.count.posts]);
    out.tag = await api.tags.read({slug: 'ports'}, {include: 'count.posts'}).then((t) => [t.name, t.count.posts]);
    const settings = await api.settings.browse();
    out.settings = {title: settings.title, url: settings.url, lang: settings.lang};
    out.olderClient = titles(await old.posts.browse({filter: 'tag:economy'}));
    out.missing = await failure(api.posts.read({slug: 'no-such-post'}));
    out.wrongKey = await failure(wrong.posts.browse());
    out.badFilter = await failure(api.posts.browse({filter: 'tag:[a,b'}));
    process.stdout.write(JSON.stringify(out));
})().catch((err) => {
    process.stderr.write(String(err && err.stack || err));
    process.exit(1);
});
