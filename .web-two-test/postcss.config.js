const noVendorPrefix = /^(1|true|y|yes)$/i.test(
  process.env.REFLEX_NO_AUTOPREFIXER ?? "",
);

export default {
  plugins: {
    "postcss-import": {},
    "./radix-css-prune.cjs": {"extraSources": ["/work/h22/digital_family/web"]},
    autoprefixer: noVendorPrefix ? false : {},
  },
};
