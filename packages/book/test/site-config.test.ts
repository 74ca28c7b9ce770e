import { execFileSync } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_SITE_FILE_BYTES, readSiteConfig, siteConfigFrom } from "../src/site/site-config";
import { writeTree } from "../src/testing/book-fixture";

/** The title and tagline a config's source gives, as the book's name is made from them. */
function siteConfigValues(source: string): { title?: string; tagline?: string } {
  const { title, tagline } = siteConfigFrom(source, "docusaurus.config.ts");
  return { ...(title === undefined ? {} : { title }), ...(tagline === undefined ? {} : { tagline }) };
}

describe("siteConfigFrom", () => {
  it("reads a CommonJS config's title and tagline, not the navbar's or the footer's", () => {
    const source = `
module.exports = {
  title: 'My Site',
  tagline: 'Dinosaurs are cool',
  url: 'https://your-docusaurus-test-site.com',
  themeConfig: {
    navbar: { title: 'Navbar Site', logo: { alt: 'My Site Logo', src: 'img/logo.svg' } },
    footer: {
      links: [{ title: 'Docs', items: [{ label: 'Tutorial', to: '/docs/intro' }] }],
    },
  },
};
`;
    expect(siteConfigValues(source)).toEqual({ title: "My Site", tagline: "Dinosaurs are cool" });
  });

  it("reads `const config = {…}; export default config` with JSDoc types and `({…})` presets", () => {
    const source = `// @ts-check
import {themes as prismThemes} from 'prism-react-renderer';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: "Massif Maps",
  tagline:
    "Open, multi-platform maps & location services",
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({ docs: { sidebarPath: './sidebars.js' }, blog: false }),
    ],
  ],
  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({ navbar: { title: 'Massif' }, footer: { links: [{ title: 'Docs', items: [] }] } }),
};

export default config;
`;
    expect(siteConfigValues(source)).toEqual({
      title: "Massif Maps",
      tagline: "Open, multi-platform maps & location services",
    });
  });

  it("reads a TypeScript config with type annotations and `satisfies`", () => {
    const source = `import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

function label(title: string, count: number): string {
  return \`\${title} (\${count})\`;
}

const config: Config = {
  title: 'Typed Docs',
  tagline: \`Types, all the way down\`,
  future: { v4: true },
  presets: [['classic', { docs: { sidebarPath: './sidebars.ts' } } satisfies Preset.Options]],
  themeConfig: { navbar: { title: label('Typed', 2) } } satisfies Preset.ThemeConfig,
};

export default config;
`;
    expect(siteConfigValues(source)).toEqual({ title: "Typed Docs", tagline: "Types, all the way down" });
    expect(siteConfigValues("export default { title: 'Inline', tagline: 'Checked' } satisfies Config;\n")).toEqual({
      title: "Inline",
      tagline: "Checked",
    });
  });

  it("reads the object a config function returns, past helper functions above it", () => {
    const source = `
function getLocalizedConfigValue(key: string) {
  const values = { tagline: { en: 'English tagline' } };
  return values[key].en;
}

export default async function createConfigAsync() {
  const isDev = process.env.NODE_ENV === 'development';
  return {
    title: 'Function Site',
    url: 'https://example.com',
    themeConfig: { navbar: { title: isDev ? 'Dev' : 'Prod' } },
  };
}
`;
    // The helper's `tagline: {…}` is shallower than any in the config: not a literal, so none.
    expect(siteConfigValues(source)).toEqual({ title: "Function Site" });
  });

  it("reads values built from the file's own constants; leaves out what only running it would tell", () => {
    const source = `
module.exports = {
  title: 'Site',
  tagline: getLocalizedConfigValue('tagline'),
  customFields: { tagline: 'Someone else’s tagline' },
  themeConfig: { navbar: { title: 'Nav' } },
};
`;
    expect(siteConfigValues(source)).toEqual({ title: "Site" });
    expect(siteConfigFrom(source, "docusaurus.config.js").skipped).toEqual([
      "tagline: a call to getLocalizedConfigValue()",
    ]);
    expect(
      siteConfigValues("const title = 'X';\nmodule.exports = { title, themeConfig: { navbar: { title: 'Nav' } } };"),
    ).toEqual({ title: "X" });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a config's source, with its own template literal.
    expect(siteConfigValues("module.exports = { title: `${name} Docs`, tagline: 'a' + b, url };")).toEqual({});
    expect(siteConfigValues("module.exports = { title: 'Docs'.trim(), tagline: 'x' as const };")).toEqual({
      tagline: "x",
    });
  });

  it("takes the last of a repeated key, as JavaScript does", () => {
    expect(siteConfigValues("module.exports = { title: 'First', other: {}, title: 'Second' };")).toEqual({
      title: "Second",
    });
  });

  it("reads the docs plugin's options from the classic preset or the docs plugin", () => {
    const preset = siteConfigFrom(
      `export default {
  url: 'https://docs.example.com', baseUrl: '/product/',
  presets: [['@docusaurus/preset-classic', { docs: {
    path: 'guides', routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js'),
    editUrl: 'https://github.com/acme/site/edit/main/', exclude: ['**/drafts/**'],
  } }]],
};`,
      "docusaurus.config.js",
    );
    expect(preset).toMatchObject({
      url: "https://docs.example.com",
      baseUrl: "/product/",
      docs: {
        path: "guides",
        routeBasePath: "/",
        sidebarPath: "./sidebars.js",
        editUrl: "https://github.com/acme/site/edit/main/",
        exclude: ["**/drafts/**"],
      },
    });
    const plugins =
      "plugins: [['content-docs', { id: 'community', path: 'community' }], ['@docusaurus/plugin-content-docs', { path: 'docs-main', sidebarPath: false }]]";
    expect(siteConfigFrom(`module.exports = { ${plugins} };`, "docusaurus.config.js").docs).toMatchObject({
      path: "docs-main",
      sidebarPath: false,
    });
    expect(
      siteConfigFrom(`module.exports = { presets: [['classic', { docs: false }]], ${plugins} };`, "x.js").docs,
    ).toBe(false);
  });

  it("never reads a key inside a comment", () => {
    const source = `
// title: 'Fake line',
/* module.exports = { title: 'Fake block', tagline: 'Fake too' } */
module.exports = {
  // title: 'Commented out',
  /* title: 'Also commented', */ title: /* inline */ 'Real' /* after */,
  tagline: 'Real tagline', // tagline: 'no'
};
`;
    expect(siteConfigValues(source)).toEqual({ title: "Real", tagline: "Real tagline" });
  });

  it("reads no key and counts no brace inside a string, a template literal or a regular expression", () => {
    // Read as code, each would put a `title` first at the config's depth, or the navbar's title there.
    const fakes = [
      `const s = "{ title: 'Fake' }";`,
      "const s = '{ title: `Fake` }';",
      "const t = `{ title: 'Fake' }`;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a config's source, with its own template literal.
      "const t = `${ { a: '}' }.a } ${`nested ${'}}'} \\` {`} { title: 'Fake' }`;",
      "const r = /{ title: 'Fake' }/g;",
      "const r = /['\"{]+\\/}/g; const half = 10 / 2 / 1;",
      "const ok = /^https:\\/\\/docs\\.rs([\\/\\w].*\\/[0-9]+$)/.test(link);",
    ];
    for (const fake of fakes) {
      const source = `${fake}\nmodule.exports = { themeConfig: { navbar: { title: 'Nav', open: '{{', t: \`\${'{{'}\` } }, title: 'Braced' };\n`;
      expect(siteConfigValues(source), source).toEqual({ title: "Braced" });
    }
  });

  it("unescapes the value and reads quoted keys", () => {
    const source = `module.exports = {
  "title": "Apache\\u00ae \\"Druid\\"",
  'tagline': 'It\\'s fast,\\x20really \\
fast',
};`;
    expect(siteConfigValues(source)).toEqual({ title: 'Apache® "Druid"', tagline: "It's fast, really fast" });
  });

  it("trims, and ignores empty, over-long and unterminated values", () => {
    expect(siteConfigValues("module.exports = { title: '  Spaced \\n out  ', tagline: '' };")).toEqual({
      title: "Spaced out",
    });
    const long = "word ".repeat(70);
    expect(siteConfigValues(`module.exports = { title: '${"T".repeat(121)}', tagline: '${long}' };`)).toEqual({});
    expect(siteConfigValues("module.exports = { title: 'unterminated\n};")).toEqual({});
  });

  it("reads a megabyte of source in one pass, however it is written", { timeout: 10_000 }, () => {
    // Each `/` here could open a regular expression that the line never closes.
    expect(siteConfigValues("(/[".repeat(350_000))).toEqual({});
    expect(siteConfigValues(`{title:\`\${`.repeat(100_000))).toEqual({});
  });

  it("ignores parameters, ternaries and array items named like the keys", () => {
    const source = `
const pick = (title: string, tagline = 'x') => ok ? title : tagline;
const list = ['title', 'tagline'];
module.exports = { title: 'Real', tagline: 'Real too' };
`;
    expect(siteConfigValues(source)).toEqual({ title: "Real", tagline: "Real too" });
  });
});

describe("readSiteConfig", () => {
  const trees: Array<{ dispose(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(trees.splice(0).map((tree) => tree.dispose()));
  });
  const tree = async (files: Record<string, string>) => {
    const written = await writeTree(files);
    trees.push(written);
    return written.dir;
  };

  it("reads the file Docusaurus would load: TypeScript before JavaScript", async () => {
    const dir = await tree({
      "docusaurus.config.js": "module.exports = { title: 'From JS' };",
      "docusaurus.config.ts": "export default { title: 'From TS', tagline: 'Typed' };",
    });
    expect(await readSiteConfig(dir)).toMatchObject({
      path: join(dir, "docusaurus.config.ts"),
      title: "From TS",
      tagline: "Typed",
    });
  });

  it("finds nothing in a folder without a config", async () => {
    const dir = await tree({ "README.md": "title: 'Nope'" });
    expect(await readSiteConfig(dir)).toBeUndefined();
  });

  it("ignores a config over the size limit, a folder by the name and a symlink out of the site", async () => {
    const big = await tree({
      "docusaurus.config.js": `module.exports = { title: 'Big' };\n//${"x".repeat(MAX_SITE_FILE_BYTES)}`,
    });
    expect(await readSiteConfig(big)).toBeUndefined();

    const folder = await tree({ "docusaurus.config.ts/x.txt": "x" });
    expect(await readSiteConfig(folder)).toBeUndefined();

    // Opened as a file, a FIFO would wait for a writer forever.
    const fifo = await tree({});
    execFileSync("mkfifo", [join(fifo, "docusaurus.config.js")]);
    expect(await readSiteConfig(fifo)).toBeUndefined();

    const outside = await tree({ "elsewhere/docusaurus.config.js": "module.exports = { title: 'Outside' };" });
    const site = join(outside, "site");
    await mkdir(site);
    await symlink(join(outside, "elsewhere/docusaurus.config.js"), join(site, "docusaurus.config.js"));
    expect(await readSiteConfig(site)).toBeUndefined();

    // A symlink that stays inside the site is the site's own file.
    await writeFile(join(site, "real.config.js"), "module.exports = { title: 'Inside' };");
    await symlink(join(site, "real.config.js"), join(site, "docusaurus.config.ts"));
    expect((await readSiteConfig(site))?.title).toBe("Inside");
  });
});
