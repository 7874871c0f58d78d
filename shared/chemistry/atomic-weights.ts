// Atomic weights for molar-mass arithmetic.
//
// Source: IUPAC Commission on Isotopic Abundances and Atomic Weights (CIAAW), standard atomic
// weights abridged to five significant figures, 2021 table (Prohaska et al., Pure Appl. Chem.
// 94 (2022) 573-600; ciaaw.org). Values are written with the digits the abridged table gives.
//
// Why conventional values: for elements whose isotopic composition varies in nature (H, Li, B,
// C, N, O, Mg, Si, S, Cl, Ar, Br, Tl, Pb) IUPAC publishes an interval rather than one number;
// lithium, for instance, spans [6.938, 6.997], partly because commercial lithium is often
// depleted in 6Li. A notebook needs a single number to weigh out a precursor, so these use the
// conventional values IUPAC recommends when the source of the material is unknown (Li 6.94,
// S 32.06, Cl 35.45, ...). They are also what published molar masses of battery materials use,
// so computed values agree with papers and supplier certificates.
//
// Elements without a standard atomic weight (no stable isotope and no characteristic terrestrial
// composition) carry the mass number of their longest-lived known isotope and are marked
// `estimated`. For the superheavy elements that number rests on a few atoms and changes as new
// isotopes are found; it is a label, not a quantity to weigh with.

export interface ElementInfo {
  atomicNumber: number;
  /** IUPAC English name (aluminium, caesium, sulfur). */
  name: string;
  /** Relative atomic mass; numerically the molar mass in g/mol. */
  weight: number;
  /** True when `weight` is a mass number, not a standard atomic weight. */
  estimated: boolean;
}

type Row = readonly [atomicNumber: number, symbol: string, name: string, weight: number, estimated?: true];

const EST = true;

const ROWS: readonly Row[] = [
  [1, 'H', 'hydrogen', 1.008],
  [2, 'He', 'helium', 4.0026],
  [3, 'Li', 'lithium', 6.94],
  [4, 'Be', 'beryllium', 9.0122],
  [5, 'B', 'boron', 10.81],
  [6, 'C', 'carbon', 12.011],
  [7, 'N', 'nitrogen', 14.007],
  [8, 'O', 'oxygen', 15.999],
  [9, 'F', 'fluorine', 18.998],
  [10, 'Ne', 'neon', 20.180],
  [11, 'Na', 'sodium', 22.990],
  [12, 'Mg', 'magnesium', 24.305],
  [13, 'Al', 'aluminium', 26.982],
  [14, 'Si', 'silicon', 28.085],
  [15, 'P', 'phosphorus', 30.974],
  [16, 'S', 'sulfur', 32.06],
  [17, 'Cl', 'chlorine', 35.45],
  [18, 'Ar', 'argon', 39.95],
  [19, 'K', 'potassium', 39.098],
  [20, 'Ca', 'calcium', 40.078],
  [21, 'Sc', 'scandium', 44.956],
  [22, 'Ti', 'titanium', 47.867],
  [23, 'V', 'vanadium', 50.942],
  [24, 'Cr', 'chromium', 51.996],
  [25, 'Mn', 'manganese', 54.938],
  [26, 'Fe', 'iron', 55.845],
  [27, 'Co', 'cobalt', 58.933],
  [28, 'Ni', 'nickel', 58.693],
  [29, 'Cu', 'copper', 63.546],
  [30, 'Zn', 'zinc', 65.38],
  [31, 'Ga', 'gallium', 69.723],
  [32, 'Ge', 'germanium', 72.630],
  [33, 'As', 'arsenic', 74.922],
  [34, 'Se', 'selenium', 78.971],
  [35, 'Br', 'bromine', 79.904],
  [36, 'Kr', 'krypton', 83.798],
  [37, 'Rb', 'rubidium', 85.468],
  [38, 'Sr', 'strontium', 87.62],
  [39, 'Y', 'yttrium', 88.906],
  [40, 'Zr', 'zirconium', 91.224],
  [41, 'Nb', 'niobium', 92.906],
  [42, 'Mo', 'molybdenum', 95.95],
  [43, 'Tc', 'technetium', 97, EST],
  [44, 'Ru', 'ruthenium', 101.07],
  [45, 'Rh', 'rhodium', 102.91],
  [46, 'Pd', 'palladium', 106.42],
  [47, 'Ag', 'silver', 107.87],
  [48, 'Cd', 'cadmium', 112.41],
  [49, 'In', 'indium', 114.82],
  [50, 'Sn', 'tin', 118.71],
  [51, 'Sb', 'antimony', 121.76],
  [52, 'Te', 'tellurium', 127.60],
  [53, 'I', 'iodine', 126.90],
  [54, 'Xe', 'xenon', 131.29],
  [55, 'Cs', 'caesium', 132.91],
  [56, 'Ba', 'barium', 137.33],
  [57, 'La', 'lanthanum', 138.91],
  [58, 'Ce', 'cerium', 140.12],
  [59, 'Pr', 'praseodymium', 140.91],
  [60, 'Nd', 'neodymium', 144.24],
  [61, 'Pm', 'promethium', 145, EST],
  [62, 'Sm', 'samarium', 150.36],
  [63, 'Eu', 'europium', 151.96],
  [64, 'Gd', 'gadolinium', 157.25],
  [65, 'Tb', 'terbium', 158.93],
  [66, 'Dy', 'dysprosium', 162.50],
  [67, 'Ho', 'holmium', 164.93],
  [68, 'Er', 'erbium', 167.26],
  [69, 'Tm', 'thulium', 168.93],
  [70, 'Yb', 'ytterbium', 173.05],
  [71, 'Lu', 'lutetium', 174.97],
  [72, 'Hf', 'hafnium', 178.49],
  [73, 'Ta', 'tantalum', 180.95],
  [74, 'W', 'tungsten', 183.84],
  [75, 'Re', 'rhenium', 186.21],
  [76, 'Os', 'osmium', 190.23],
  [77, 'Ir', 'iridium', 192.22],
  [78, 'Pt', 'platinum', 195.08],
  [79, 'Au', 'gold', 196.97],
  [80, 'Hg', 'mercury', 200.59],
  [81, 'Tl', 'thallium', 204.38],
  [82, 'Pb', 'lead', 207.2],
  [83, 'Bi', 'bismuth', 208.98],
  [84, 'Po', 'polonium', 209, EST],
  [85, 'At', 'astatine', 210, EST],
  [86, 'Rn', 'radon', 222, EST],
  [87, 'Fr', 'francium', 223, EST],
  [88, 'Ra', 'radium', 226, EST],
  [89, 'Ac', 'actinium', 227, EST],
  // Th, Pa and U are radioactive but have a characteristic terrestrial composition, hence a
  // real standard atomic weight.
  [90, 'Th', 'thorium', 232.04],
  [91, 'Pa', 'protactinium', 231.04],
  [92, 'U', 'uranium', 238.03],
  [93, 'Np', 'neptunium', 237, EST],
  [94, 'Pu', 'plutonium', 244, EST],
  [95, 'Am', 'americium', 243, EST],
  [96, 'Cm', 'curium', 247, EST],
  [97, 'Bk', 'berkelium', 247, EST],
  [98, 'Cf', 'californium', 251, EST],
  [99, 'Es', 'einsteinium', 252, EST],
  [100, 'Fm', 'fermium', 257, EST],
  [101, 'Md', 'mendelevium', 258, EST],
  [102, 'No', 'nobelium', 259, EST],
  [103, 'Lr', 'lawrencium', 266, EST],
  [104, 'Rf', 'rutherfordium', 267, EST],
  [105, 'Db', 'dubnium', 268, EST],
  [106, 'Sg', 'seaborgium', 269, EST],
  [107, 'Bh', 'bohrium', 270, EST],
  [108, 'Hs', 'hassium', 271, EST],
  [109, 'Mt', 'meitnerium', 278, EST],
  [110, 'Ds', 'darmstadtium', 281, EST],
  [111, 'Rg', 'roentgenium', 282, EST],
  [112, 'Cn', 'copernicium', 285, EST],
  [113, 'Nh', 'nihonium', 286, EST],
  [114, 'Fl', 'flerovium', 290, EST],
  [115, 'Mc', 'moscovium', 290, EST],
  [116, 'Lv', 'livermorium', 293, EST],
  [117, 'Ts', 'tennessine', 294, EST],
  [118, 'Og', 'oganesson', 294, EST],
];

/** The 118 elements by symbol. Look symbols up with `elementInfo`, which also knows D. */
export const ELEMENTS: Readonly<Record<string, Readonly<ElementInfo>>> = Object.freeze(
  Object.fromEntries(
    ROWS.map(([atomicNumber, symbol, name, weight, estimated]) => [
      symbol,
      Object.freeze({ atomicNumber, name, weight, estimated: estimated === true }),
    ]),
  ),
);

/**
 * Deuterated solvents and D2O turn up in NMR work on electrolytes, so D is accepted as a symbol.
 * 2.014 is the atomic mass of 2H (2.014 101 78) to the precision of the table above.
 */
export const DEUTERIUM: Readonly<ElementInfo> = Object.freeze({
  atomicNumber: 1,
  name: 'deuterium',
  weight: 2.014,
  estimated: false,
});

/** The entry for a symbol (case-sensitive, D included), or undefined if it names no element. */
export function elementInfo(symbol: string): Readonly<ElementInfo> | undefined {
  if (symbol === 'D') return DEUTERIUM;
  // Own properties only, so that "constructor" or "toString" are not taken for elements.
  return Object.hasOwn(ELEMENTS, symbol) ? ELEMENTS[symbol] : undefined;
}
