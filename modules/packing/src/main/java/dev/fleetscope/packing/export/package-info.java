/**
 * A pool proposal as configuration to review and apply by hand: a Karpenter {@code NodePool} and an
 * eksctl managed node group. Plain text; nothing is sent anywhere.
 */
package dev.fleetscope.packing.export;
