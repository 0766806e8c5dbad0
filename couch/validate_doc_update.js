// Spanwright's rules for a shared project database, run by CouchDB on every write (the design
// document `_design/spanwright`, installed by scripts/couch-setup.mjs; see docs/sync.md).
// Members write only their own versions; curators (role "curator") the gold versions; the lead
// (a database admin, or role "lead") the project, the documents and the assignments.
function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  var has = function (list, x) { return (list || []).indexOf(x) !== -1; };
  var admins = (secObj && secObj.admins) || {};
  var lead = has(roles, '_admin') || has(roles, 'lead') || has(admins.names, userCtx.name) ||
    roles.some(function (r) { return has(admins.roles, r); });
  if (lead) return;
  if (newDoc._deleted) throw ({ forbidden: 'Only the project lead deletes records.' });
  var kind = newDoc.type;
  if (kind === 'version') {
    if (newDoc.annotator !== userCtx.name || (oldDoc && oldDoc.annotator !== userCtx.name)) {
      throw ({ forbidden: userCtx.name + ' may not write the version of ' + newDoc.annotator + '.' });
    }
    // The id names the annotator too: nobody takes the record another's version goes in.
    if (newDoc._id !== 'version:' + newDoc.doc + ':' + newDoc.annotator) {
      throw ({ forbidden: 'A version is stored as version:<document>:<annotator>.' });
    }
    if (!Array.isArray(newDoc.spans)) throw ({ forbidden: 'A version needs its spans.' });
    return;
  }
  if (kind === 'gold') {
    if (!has(roles, 'curator')) throw ({ forbidden: 'Only a curator writes the gold version.' });
    if (newDoc._id !== 'gold:' + newDoc.doc) throw ({ forbidden: 'Gold is stored as gold:<document>.' });
    if (!Array.isArray(newDoc.spans)) throw ({ forbidden: 'Gold needs its spans.' });
    return;
  }
  if (kind === 'project' || kind === 'doc' || kind === 'assign') {
    throw ({ forbidden: 'Only the project lead writes ' + (kind === 'doc' ? 'documents' : kind === 'assign' ? 'assignments' : 'the project') + '.' });
  }
  throw ({ forbidden: 'Not a Spanwright record.' });
}
