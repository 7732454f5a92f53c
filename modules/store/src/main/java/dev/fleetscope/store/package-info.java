/** Embedded durable storage: the SQLite audit log of every change sent to a cluster. */
package dev.fleetscope.store;
