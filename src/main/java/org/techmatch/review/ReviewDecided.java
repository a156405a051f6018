package org.techmatch.review;

/** Published after a reviewer's decision is stored, so the record's owner can be told (see the notification feature). */
public record ReviewDecided(ReviewNote note) {
}
