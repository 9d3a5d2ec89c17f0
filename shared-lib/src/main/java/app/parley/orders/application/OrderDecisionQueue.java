package app.parley.orders.application;

import app.parley.orders.model.OrderDecided;

/** Where decisions go to be told to the customer (the order-decisions queue). Republishing is harmless. */
public interface OrderDecisionQueue {
    /** False when the queue did not take it. */
    boolean publish(OrderDecided decision);
}
