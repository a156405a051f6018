package org.techmatch.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.UnknownValueException;
import org.techmatch.web.ViewerResolver;

/** The signed-in user's inbox: list, unread count, mark read, notification settings. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {
    private final NotificationService service;
    private final ViewerResolver viewers;

    NotificationController(NotificationService service, ViewerResolver viewers) {
        this.service = service;
        this.viewers = viewers;
    }

    /** The settings as shown and accepted: kind label → channel label. */
    record PreferencesBody(String email, Map<String, String> channels) {
    }

    @GetMapping
    List<Notification> list(@RequestParam(defaultValue = "false") boolean unread, HttpServletRequest request) {
        return service.list(viewers.resolve(request), unread);
    }

    @GetMapping("/unread-count")
    Map<String, Integer> unreadCount(HttpServletRequest request) {
        return Map.of("count", service.unreadCount(viewers.resolve(request)));
    }

    @PostMapping("/{id}/read")
    Notification read(@PathVariable String id, HttpServletRequest request) {
        return service.markRead(id, viewers.resolve(request));
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll(HttpServletRequest request) {
        return Map.of("marked", service.markAllRead(viewers.resolve(request)));
    }

    @GetMapping("/preferences")
    PreferencesBody preferences(HttpServletRequest request) {
        return shown(service.preferences(viewers.resolve(request)));
    }

    @PutMapping("/preferences")
    PreferencesBody save(@RequestBody PreferencesBody body, HttpServletRequest request) {
        Map<NotificationType, Channel> channels = new java.util.EnumMap<>(NotificationType.class);
        Problems problems = new Problems();
        if (body.channels() != null) {
            body.channels().forEach((kind, channel) -> {
                try {
                    channels.put(NotificationType.of(kind), Channel.of(channel));
                } catch (UnknownValueException e) {
                    problems.add("channels." + kind, channel, e.getMessage());
                }
            });
        }
        problems.throwIfAny();
        return shown(service.savePreferences(viewers.resolve(request), Texts.clean(body.email()), channels));
    }

    private static PreferencesBody shown(Preferences p) {
        Map<String, String> channels = new LinkedHashMap<>();
        p.channels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> channels.put(e.getKey().label(), e.getValue().label()));
        return new PreferencesBody(p.email(), channels);
    }
}
