// Stands in for office-addin-manifest inside Jest: office-addin-mock imports it only for
// usage-data helpers, and its real dependency tree is ESM-only.
module.exports = {};
