/** Invitations: parsing, the record and its life, grouping, the ready message, export/import. */
export * from './parse';
export * from './schema';
export * from './lifecycle';
export * from './group';
export * from './message';
export * from './transfer';
