-- The built-in roles. Their uids are fixed so that the same role has the same
-- uid on every installation (sync). Owner holds every right in code.
INSERT INTO role(id, uid, name, built_in) VALUES
    (1, X'0190000000007000800000000000000a', 'Owner', 'owner'),
    (2, X'0190000000007000800000000000000b', 'Manager', 'manager'),
    (3, X'0190000000007000800000000000000c', 'Front desk', 'front_desk');

INSERT INTO role_right(role_id, right_name) VALUES
    (2, 'till.sell'), (2, 'till.refund'),
    (2, 'booking.edit'), (2, 'booking.cancel'), (2, 'booking.cancel_debited'),
    (2, 'booking.overbook'),
    (2, 'ledger.payment'), (2, 'ledger.write_off'), (2, 'ledger.credit_note'),
    (2, 'dunning.run'), (2, 'orders.capture'), (2, 'orders.refund'), (2, 'settings.edit'),
    (3, 'till.sell'), (3, 'booking.edit'), (3, 'booking.cancel'), (3, 'ledger.payment'),
    (3, 'orders.capture');
