// The patent's own lists of allowed choices (US 2021/0143413 A1), offered as pick lists when a
// material is named. Users add their own values (table pick_list_values); these never change.

export const PICK_LISTS = {
  /** [0031] porous oxide matrix. */
  oxideMatrices: { label: 'Porous oxide matrix', paragraph: '[0031]', values: ['SiO2', 'Al2O3', 'ZrO2', 'TiO2', 'ZnO', 'SnO2', 'CeO2'] },
  /** [0034] lithium salts of the composite's electrolyte. */
  lithiumSalts: {
    label: 'Lithium salt',
    paragraph: '[0034]',
    values: [
      'LiN(SO2F)2 (LiFSI)', 'LiN(SO2CF3)2 (LiTFSI)', 'LiSCN', 'LiN(CN)2', 'LiClO4', 'LiBF4', 'LiAsF6', 'LiPF6', 'LiCF3SO3',
      'LiC(CF3SO2)3', 'LiN(SO2C2F5)2', 'LiSbF6', 'LiPF3(CF2CF3)3', 'LiPF3(CF3)3', 'LiB(C2O4)2',
    ],
  },
  /**
   * [0035] organic media. Claim 7 repeats the list with "4,5-diethyl-1,3-dioxolane" where [0035]
   * has "4,5-dihydro-1,3-dioxolane"; both are offered.
   */
  organicMedia: {
    label: 'Organic medium',
    paragraph: '[0035], claim 7',
    values: [
      'N-methylacetamide (n-MAc)', 'ethylene carbonate', 'propylene carbonate', 'dimethyl carbonate', 'fluoroethylene carbonate',
      'diethyl carbonate', 'ethylmethyl carbonate', 'poly(ethylene glycol) dimethyl ether (PEGDME, polyglyme)',
      'tetra(ethylene glycol) dimethyl ether (TEGDME, tetraglyme)', 'tri(ethylene glycol) dimethyl ether (triglyme)',
      'poly(ethylene glycol) dilaurate (PEGDL)', 'poly(ethylene glycol) monoacrylate (PEGMA)', 'poly(ethylene glycol) diacrylate (PEGDA)',
      '3-dioxolane', '4,5-dihydro-1,3-dioxolane', '4,5-diethyl-1,3-dioxolane', '4,5-dimethyl-1,3-dioxolane', '4-methyl-1,3-dioxolane',
      '4-ethyl-1,3-dioxolane', '2,2-dimethoxy-2-phenylacetophenone', '1,2-dimethoxyethane (DME)', '1,2-diethoxyethane',
      'tetrahydrofuran', 'gamma-butyrolactone', '1,1,2,2-tetrafluoroethyl 2,2,3,3-tetrafluoropropyl ether', 'succinonitrile',
      'adiponitrile', 'sulfolane', 'dimethylsulfone', 'ethylmethylsulfone', 'diethylsulfone',
    ],
  },
  /** [0036] ionic liquids named in the patent. */
  ionicLiquids: {
    label: 'Ionic liquid',
    paragraph: '[0036]',
    values: [
      'N-methyl-N-propylpyrrolidinium bis(trifluoromethanesulfonyl)imide',
      'N-butyl-N-methylpyrrolidinium bis(3-trifluoromethylsulfonyl)imide',
      '1-butyl-3-methylimidazolium bis(trifluoromethylsulfonyl)amide',
      '1-ethyl-3-methylimidazolium bis(trifluoromethylsulfonyl)amide',
    ],
  },
  /** [0067]-[0069] sulfide solid electrolytes. */
  sulfideElectrolytes: {
    label: 'Sulfide solid electrolyte',
    paragraph: '[0067]-[0069]',
    values: [
      'Li6PS5Cl (argyrodite)', 'Li6PS5Br (argyrodite)', 'Li6PS5I (argyrodite)', 'Li2S-P2S5', 'Li2S-P2S5-LiX', 'Li2S-P2S5-Li2O',
      'Li2S-P2S5-Li2O-LiI', 'Li2S-SiS2', 'Li2S-SiS2-LiI', 'Li2S-SiS2-LiBr', 'Li2S-SiS2-LiCl', 'Li2S-SiS2-B2S3-LiI',
      'Li2S-SiS2-P2S5-LiI', 'Li2S-B2S3', 'Li2S-P2S5-ZmSn (Z = Ge, Zn, Ga)', 'Li2S-GeS2', 'Li2S-SiS2-Li3PO4', 'Li2S-SiS2-LipMOq',
    ],
  },
  /** [0076]-[0077] first anode layer active materials; Ni is deliberately absent ([0077]). */
  anodeActives: {
    label: 'Anode active material',
    paragraph: '[0076]-[0077]',
    values: ['carbon black (CB)', 'acetylene black (AB)', 'furnace black (FB)', 'ketjen black (KB)', 'graphene', 'Au', 'Pt', 'Pd', 'Si', 'Ag', 'Al', 'Bi', 'Sn', 'Zn'],
  },
} as const;

export type PickListId = keyof typeof PICK_LISTS;
export const PICK_LIST_IDS = Object.keys(PICK_LISTS) as PickListId[];
