/** Fake collections and property bags of a worksheet: names, charts, tables, protection and filters. */
import type { FakeExcel } from "./fakeExcel";
import { Loadable } from "./fakeModel";
import type { RangeProxy } from "./fakeRange";

export class PropsProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly props: () => Record<string, unknown>,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () => Object.entries(this.props()).forEach(([k, v]) => this.loaded.set(k, v)));
    return this;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }
}

export class TablesProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: string,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () =>
      this.loaded.set(
        "items",
        this.x
          .sheet(this.sheetName)
          .tables.map((t) => ({
            name: t.name,
            autoFilter: new PropsProxy(this.x, () => ({ isDataFiltered: t.filtered })),
          })),
      ),
    );
    return this;
  }
  get items(): { name: string; autoFilter: PropsProxy }[] {
    return this.read("items");
  }
}

export class NamesProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly model: () => Map<string, string>,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () =>
      this.loaded.set(
        "items",
        [...this.model()].map(([name, formula]) => ({ name, formula })),
      ),
    );
    return this;
  }
  get items(): { name: string; formula: string }[] {
    return this.read("items");
  }
  add(name: string, range: RangeProxy) {
    this.x.enqueue(0, () => {
      if (this.model().has(name)) throw new Error(`A name ${name} already exists`);
      this.model().set(name, `=${range.absoluteAddress()}`);
    });
  }
  getItem(name: string) {
    return {
      delete: () =>
        this.x.enqueue(0, () => {
          if (!this.model().delete(name)) throw new Error(`ItemNotFound: ${name}`);
        }),
    };
  }
}

export class ChartsProxy extends Loadable {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: string,
  ) {
    super();
  }
  load(_props: string) {
    this.x.enqueue(0, () =>
      this.loaded.set(
        "items",
        [...this.x.sheet(this.sheetName).charts.keys()].map((name) => ({ name })),
      ),
    );
    return this;
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
  add(type: string, source: RangeProxy, _seriesBy: string) {
    const series = [
      { chartType: type, axisGroup: "Primary" },
      { chartType: type, axisGroup: "Primary" },
    ];
    const chart = {
      name: "",
      title: { text: "" },
      position: "",
      series: { getItemAt: (i: number) => series[i] },
      setPosition: (a: string, b: string) => (chart.position = `${a}:${b}`),
    };
    this.x.enqueue(0, () =>
      this.x
        .sheet(this.sheetName)
        .charts.set(chart.name, {
          type,
          source: source.address(),
          title: chart.title.text,
          position: chart.position,
          series,
        }),
    );
    return chart;
  }
  getItem(name: string) {
    return { delete: () => this.x.enqueue(0, () => this.x.sheet(this.sheetName).charts.delete(name)) };
  }
}
