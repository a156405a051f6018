package org.techmatch.feedback;

/** A mark as sent: verdict 相关 or 不相关, a reason (required for 不相关), a note (required for 其他). */
public record FeedbackRequest(String verdict, String reason, String note) {
}
