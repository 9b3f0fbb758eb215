// Stands in for office-addin-manifest inside Jest. office-addin-mock needs only its OfficeApp enum,
// but the package's entry point pulls an ESM-only dependency that Jest cannot load; the enum's own
// module has no such dependency, so it is loaded directly.
module.exports = { OfficeApp: require("office-addin-manifest/lib/officeApp.js").OfficeApp };
