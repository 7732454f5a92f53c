/**
 * Embedded durable storage: the SQLite audit log of every change sent to a cluster and every
 * pipeline run started from Fleetscope.
 */
package dev.fleetscope.store;
