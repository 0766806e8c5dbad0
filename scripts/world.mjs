// Turns Natural Earth's country outlines (public domain; npm `world-atlas`, 1:110m) into the
// compact file the map loads: [[name, [[lon, lat, lon, lat, …], …]], …], to a tenth of a degree.
// Run at build time by scripts/tools.sh; writes generated/world.json.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature } from '../e2e/node_modules/topojson-client/src/index.js';

const require = createRequire(new URL('../e2e/', import.meta.url));
const topo = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features;

const round = (v) => Math.round(v * 10) / 10;
const out = [];
for (const c of countries) {
  const polygons = c.geometry?.type === 'Polygon' ? [c.geometry.coordinates]
    : c.geometry?.type === 'MultiPolygon' ? c.geometry.coordinates : [];
  const rings = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const flat = [];
      // A ring that crosses the antimeridian (Chukotka, Fiji) is unwrapped so its longitudes run
      // on past ±180 instead of jumping across the map; one that goes round a pole (Antarctica)
      // is closed along the pole.
      let shift = 0;
      let prev = null;
      for (const [rawLon, lat] of ring) {
        if (prev !== null && rawLon + shift - prev > 180) shift -= 360;
        if (prev !== null && rawLon + shift - prev < -180) shift += 360;
        const lon = rawLon + shift;
        prev = lon;
        const [x, y] = [round(lon), round(lat)];
        if (flat.length && flat[flat.length - 2] === x && flat[flat.length - 1] === y) continue;
        flat.push(x, y);
      }
      if (shift !== 0 && Math.abs(flat[flat.length - 2] - flat[0]) > 180) {
        const pole = flat[1] < 0 ? -90 : 90;
        flat.push(flat[flat.length - 2], pole, flat[0], pole);
      }
      if (flat.length >= 6) rings.push(flat);
    }
  }
  if (rings.length) out.push([c.properties.name, rings]);
}
await mkdir(new URL('../generated/', import.meta.url), { recursive: true });
await writeFile(new URL('../generated/world.json', import.meta.url), JSON.stringify(out));
console.log(`generated/world.json: ${out.length} countries`);
