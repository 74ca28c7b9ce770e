import { it } from "vitest";
import { renderFixture } from "/work/wt/pipeline/packages/rag/test/markdown/render-fixture";
it("smoke", () => {
  const r = renderFixture(`import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

Intro text with {' '} space and [a link](./known.md#x) and [bad](./nope.md) at 10:30 :smile: ok.

:::tip Custom title
Some **content**

\`\`\`ts
const x = 1;
\`\`\`
:::

## Setup {#custom}

<Tabs groupId="pm" values={[{label: 'NPM', value: 'npm'}, {label: 'Yarn', value: 'yarn'}]}>
  <TabItem value="npm">npm i</TabItem>
  <TabItem value="yarn" default>

  yarn add

  </TabItem>
</Tabs>

<details>
<summary>More</summary>

Hidden text {props.name}
</details>

<Foo bar="1">child of unknown</Foo>

![alt text](./img/missing.png) ![ok](./img/there.png)

<img src={require('@site/static/img/logo.svg').default} alt="Logo" style={{width: 10}} onClick={() => 1} />

| a | b |
|---|---|
| 1 | 2 |

## Setup
`);
  console.log(r.html);
  console.log(JSON.stringify({ toc: r.toc, chunks: r.chunks, warnings: r.warnings }, null, 1));
});
