package org.techmatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TechMatchApplication {
    public static void main(String[] args) {
        SpringApplication.run(TechMatchApplication.class, args);
    }
}
