package dev.fleetscope.app.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** A page of the console as the navigation lists it. */
public record ConsoleView(String id, String title, KeyCombination shortcut, Node content) {}
