package app.parley.orders.application;

import app.parley.orders.model.OrderRequested;

/** Where the assistant's order requests go to be checked and stored for staff (the order-requests queue). */
public interface OrderRequestQueue {
    /** False when the queue did not take it (the caller retries the whole message). */
    boolean publish(OrderRequested request);
}
