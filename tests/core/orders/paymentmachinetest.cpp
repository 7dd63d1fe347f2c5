#include "core/orders/paymentmachine.h"
#include "core/store/error.h"

#include <catch2/catch.hpp>

using namespace skranke;
using Action = PaymentMachine::Action;

namespace {

Money kr(std::int64_t minor) {
    return Money(minor, Currency::fromCode(QStringLiteral("DKK")));
}

PaymentPosition at(PaymentState state, std::int64_t reserved, std::int64_t captured = 0,
                   std::int64_t refunded = 0) {
    return {state, kr(reserved), kr(captured), kr(refunded)};
}

ErrorCode refusal(const PaymentPosition& p, Action a, std::int64_t amount) {
    try {
        PaymentMachine::check(p, a, kr(amount));
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("the move was allowed");
    return ErrorCode::Storage;
}

}  // namespace

TEST_CASE("awaiting moves to received on a full or partial capture", "[orders][payment-state]") {
    const auto full =
        PaymentMachine::apply(at(PaymentState::Awaiting, 50000), Action::Capture, kr(50000));
    CHECK(full.state == PaymentState::Received);
    CHECK(full.captured == kr(50000));
    const auto part =
        PaymentMachine::apply(at(PaymentState::Awaiting, 50000), Action::Capture, kr(49999));
    CHECK(part.state == PaymentState::Received);
    CHECK(part.captured == kr(49999));
    CHECK(PaymentMachine::refundable(part) == kr(49999));
}

TEST_CASE("capture limits are exact to the minor unit", "[orders][payment-state]") {
    const auto p = at(PaymentState::Awaiting, 50000);
    CHECK(refusal(p, Action::Capture, 50001) == ErrorCode::InvalidInput);
    CHECK(refusal(p, Action::Capture, 0) == ErrorCode::InvalidInput);
    CHECK(refusal(p, Action::Capture, -1) == ErrorCode::InvalidInput);
    CHECK_NOTHROW(PaymentMachine::check(p, Action::Capture, kr(1)));
}

TEST_CASE("awaiting moves to cancelled; nothing else leaves cancelled", "[orders][payment-state]") {
    const auto c =
        PaymentMachine::apply(at(PaymentState::Awaiting, 50000), Action::Cancel, kr(50000));
    CHECK(c.state == PaymentState::Cancelled);
    CHECK(c.captured.isZero());
    CHECK(refusal(c, Action::Capture, 100) == ErrorCode::Conflict);
    CHECK(refusal(c, Action::Cancel, 50000) == ErrorCode::Conflict);
    CHECK(refusal(c, Action::Refund, 100) == ErrorCode::Conflict);
}

TEST_CASE("refunds add up to at most what was captured", "[orders][payment-state]") {
    auto p = at(PaymentState::Received, 50000, 40000);
    p = PaymentMachine::apply(p, Action::Refund, kr(10000));
    CHECK(p.state == PaymentState::Refunded);
    CHECK(p.refunded == kr(10000));
    CHECK(refusal(p, Action::Refund, 30001) == ErrorCode::InvalidInput);
    p = PaymentMachine::apply(p, Action::Refund, kr(29999));
    p = PaymentMachine::apply(p, Action::Refund, kr(1));
    CHECK(p.refunded == kr(40000));
    CHECK(PaymentMachine::refundable(p).isZero());
    CHECK(refusal(p, Action::Refund, 1) == ErrorCode::InvalidInput);
}

TEST_CASE("every other transition is refused", "[orders][payment-state]") {
    const auto received = at(PaymentState::Received, 50000, 50000);
    const auto refunded = at(PaymentState::Refunded, 50000, 50000, 100);
    const auto failed = at(PaymentState::Failed, 50000);
    const auto awaiting = at(PaymentState::Awaiting, 50000);
    CHECK(refusal(received, Action::Capture, 1) == ErrorCode::Conflict);
    CHECK(refusal(received, Action::Cancel, 50000) == ErrorCode::Conflict);
    CHECK(refusal(refunded, Action::Capture, 1) == ErrorCode::Conflict);
    CHECK(refusal(refunded, Action::Cancel, 50000) == ErrorCode::Conflict);
    CHECK(refusal(failed, Action::Capture, 1) == ErrorCode::Conflict);
    CHECK(refusal(failed, Action::Cancel, 50000) == ErrorCode::Conflict);
    CHECK(refusal(failed, Action::Refund, 1) == ErrorCode::Conflict);
    CHECK(refusal(awaiting, Action::Refund, 1) == ErrorCode::Conflict);
    CHECK_FALSE(PaymentMachine::isPaid(PaymentState::Failed));
    CHECK_FALSE(PaymentMachine::isPaid(PaymentState::Awaiting));
    CHECK_FALSE(PaymentMachine::isPaid(PaymentState::Cancelled));
}

TEST_CASE("mixing currencies is refused", "[orders][payment-state]") {
    const auto p = at(PaymentState::Awaiting, 50000);
    CHECK_THROWS_AS(PaymentMachine::check(p, Action::Capture,
                                          Money(100, Currency::fromCode(QStringLiteral("NOK")))),
                    Error);
}
