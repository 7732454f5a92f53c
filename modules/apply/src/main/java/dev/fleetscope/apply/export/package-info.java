/**
 * Writing a plan for GitOps instead of applying it: kustomize patches or server-side-apply
 * manifests.
 */
package dev.fleetscope.apply.export;
