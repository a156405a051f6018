package org.techmatch.docking;

/**
 * Published once a docking is recorded or a step is stored (after it is durable), so the parties can be told
 * (notifications listen; the docking service does not know who).
 *
 * @param docking the whole docking as stored (listeners apply their own visibility rules)
 */
public record DockingStageChanged(Docking docking, boolean created) {
}
