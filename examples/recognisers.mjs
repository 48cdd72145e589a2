// The French recognisers on single strings.
// Run after `npm run build`: node examples/recognisers.mjs
import { parseTimeRange, parseFrenchDate } from 'deroule';

for (const text of ['9 h 30', 'de 14h jusqu’à 18h', '10h00—11h00', '#### **[9h–10h] Accueil**', 'midi', 'entre 9h et 11h']) {
  console.log(JSON.stringify(text), '→', JSON.stringify(parseTimeRange(text)));
}
for (const text of ['Mardi 6 décembre', 'mar. 6 déc.', 'les 5 et 6 décembre', '18 janvier']) {
  console.log(JSON.stringify(text), '→', JSON.stringify(parseFrenchDate(text, { referenceDate: '2016-12-02' })));
}
