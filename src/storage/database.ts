/**
 * The browser database. Only src/storage imports Dexie.
 *
 * GUARD: the database name, table names and the `formatVersion` field are a
 * storage contract with every earlier version of the app in users' browsers.
 * Changing them without a Dexie upgrade and a model migration wipes or strands
 * users' maps.
 */
import Dexie, { type Table } from 'dexie';
import type { MapDoc, MapKind } from '../model';
import { MAP_RECORDS } from './rawRecordRead';

export const DATABASE_NAME = MAP_RECORDS.database;

export interface StoredMap {
  id: string;
  title: string;
  kind: MapKind;
  updatedAt: string;
  /** Incremented by every write; a write that expects an older revision is refused. */
  revision: number;
  /** The interchange-format version `doc` was written in; read back through `restoreMapRecord`. */
  formatVersion: number;
  /**
   * The fingerprint of the model that wrote `doc` (storage/trustedRecord.ts). Optional: records of
   * earlier versions have none, and any record without this build's stamp is fully validated.
   */
  modelStamp?: string;
  doc: MapDoc;
  actorCount: number;
  relationCount: number;
  /** Set when the map is in the trash. */
  deletedAt?: string;
}

export class MapDatabase extends Dexie {
  maps!: Table<StoredMap, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({ maps: 'id, updatedAt, deletedAt' });
  }
}
