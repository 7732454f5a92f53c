/**
 * The demo fleet's own pipelines, so the Pipelines view is alive with nothing configured: nightly
 * feature builds, hourly ingestion, weekly retraining with an occasional failure and a slow run, in
 * Airflow-, Kubeflow- and Argo-flavoured sources. Every run is a pure function of (seed, now).
 */
package dev.fleetscope.simulator.pipelines;
