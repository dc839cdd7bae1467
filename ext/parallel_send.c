/* Delivery of many (message, mailer) pairs. Slots whose adapter registered
 * HTTP ops (adapter_http.h) are built one by one, sent together over this
 * thread's pool with mm_http_send_many and judged one by one; slots for the
 * same adapter with a batch endpoint may share one request. Every other
 * slot goes through sendMessage() in turn. */
#include "parallel_send.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "adapter_http.h"
#include "metamta_http.h"

/* One HTTP request on the wire: a single slot's, or a batch of several. */
typedef struct {
	zend_object* adapter;
	const metamta_http_adapter_ops* ops;
	mm_http_request* req;       /* the member's own request, or &joined */
	mm_http_request joined;     /* the batch request when member_count > 1 */
	size_t first, member_count; /* the members' slot indices: order[first ..] */
	zend_long timeout;
	mm_http_response res;
	mm_error err;
} send_unit;

typedef struct {
	metamta_send_slot* slots;
	mm_http_request* reqs;                /* per slot, built by ops->build */
	const metamta_http_adapter_ops** ops; /* per slot; NULL = sendMessage() */
	bool* built;                          /* per slot */
	bool* grouped;                        /* per slot, while forming units */
	size_t* order;                        /* slot indices, unit by unit */
	send_unit* units;
	size_t count, order_len, unit_count;
} send_plan;

/* Moves the pending exception, if any, into the slot. */
static void capture_exception(metamta_send_slot* slot)
{
	if (EG(exception)) {
		ZVAL_OBJ_COPY(&slot->exception, EG(exception));
		zend_clear_exception();
	}
}

/* The slot fails with the exception sendMessage() would throw for err. */
static void fail_slot(metamta_send_slot* slot, const mm_error* err)
{
	metamta_throw_error(err);
	capture_exception(slot);
}

static void send_through_method(metamta_send_slot* slot)
{
	zval retval;

	ZVAL_UNDEF(&retval);
	zend_call_method_with_1_params(slot->adapter, slot->adapter->ce, NULL, "sendmessage", &retval, slot->message);
	zval_ptr_dtor(&retval);
	capture_exception(slot);
}

/* The registered ops, when the message is one sendMessage() would accept;
 * anything else takes the method, which raises the engine's own error. */
static const metamta_http_adapter_ops* ops_for(const metamta_send_slot* slot)
{
	if (Z_TYPE_P(slot->message) != IS_OBJECT ||
	    !instanceof_function(Z_OBJCE_P(slot->message), metamta_ce_ExternalMessage)) {
		return NULL;
	}
	return metamta_http_adapter_ops_of(slot->adapter->ce);
}

static send_unit* new_unit(send_plan* plan, size_t slot)
{
	send_unit* unit = &plan->units[plan->unit_count++];

	memset(unit, 0, sizeof(*unit));
	unit->adapter = plan->slots[slot].adapter;
	unit->ops = plan->ops[slot];
	unit->req = &plan->reqs[slot];
	unit->first = plan->order_len;
	unit->timeout = metamta_http_adapter_timeout(unit->adapter);
	mm_http_request_init(&unit->joined);
	mm_http_response_init(&unit->res);
	mm_error_clear(&unit->err);
	return unit;
}

static void add_member(send_plan* plan, send_unit* unit, size_t slot)
{
	plan->order[plan->order_len++] = slot;
	unit->member_count++;
	plan->grouped[slot] = true;
}

/* Joins the unit's members into one batch request; when that fails (it only
 * can for lack of memory) every member fails and nothing is sent. */
static void join_batch(send_plan* plan, send_unit* unit)
{
	mm_http_request** singles = safe_emalloc(unit->member_count, sizeof(*singles), 0);
	mm_error err;

	for (size_t k = 0; k < unit->member_count; k++) {
		singles[k] = &plan->reqs[plan->order[unit->first + k]];
	}
	mm_error_clear(&err);
	if (unit->ops->batch->join(unit->adapter, singles, unit->member_count, &unit->joined, &err)) {
		unit->req = &unit->joined;
	} else {
		unit->err = err;
		unit->req = NULL;
	}
	efree(singles);
}

/* Slot i goes out in a batch when its adapter has a batch endpoint and at
 * least metamta.batch_threshold built messages in this call. */
static bool batchable(const send_plan* plan, size_t i)
{
	return plan->built[i] && plan->ops[i] && plan->ops[i]->batch && METAMTA_G(batch_threshold) > 0;
}

static int option_identical(const void* a, const void* b) { return zend_is_identical((zval*)a, (zval*)b) ? 0 : 1; }

/* The same mailer: one instance, or (as the mailer list makes a fresh
 * adapter per message) the same class with identical options. */
static bool same_mailer(zend_object* a, zend_object* b)
{
	HashTable *oa, *ob;

	if (a == b) {
		return true;
	}
	oa = metamta_adapter_from_obj(a)->options;
	ob = metamta_adapter_from_obj(b)->options;
	return a->ce == b->ce && oa && ob && zend_hash_compare(oa, ob, option_identical, 1) == 0;
}

static bool same_batch_group(const send_plan* plan, size_t i, size_t j)
{
	return !plan->grouped[j] && batchable(plan, j) && same_mailer(plan->slots[j].adapter, plan->slots[i].adapter);
}

/* Splits the built slots of first's adapter into batch requests within the
 * endpoint's count and size limits; fewer than the threshold go singly. */
static void plan_batches(send_plan* plan, size_t first)
{
	const metamta_http_batch_ops* batch = plan->ops[first]->batch;
	send_unit* unit = NULL;
	size_t members = 0, bytes = 0;

	for (size_t j = first; j < plan->count; j++) {
		members += same_batch_group(plan, first, j);
	}
	if (members < (size_t)METAMTA_G(batch_threshold)) {
		return;
	}
	for (size_t j = first; j < plan->count; j++) {
		size_t len;

		if (!same_batch_group(plan, first, j)) {
			continue;
		}
		len = plan->reqs[j].body.len + 1; /* the separator; +2 for the brackets below */
		if (unit && (unit->member_count >= batch->max_count || bytes + len + 2 > batch->max_bytes)) {
			unit = NULL;
		}
		if (!unit) {
			unit = new_unit(plan, j);
			bytes = 0;
		}
		add_member(plan, unit, j);
		bytes += len;
	}
}

/* Forms the units: batches first, then one unit per remaining built slot. */
static void plan_units(send_plan* plan)
{
	for (size_t i = 0; i < plan->count; i++) {
		if (!plan->grouped[i] && batchable(plan, i)) {
			plan_batches(plan, i);
		}
	}
	for (size_t i = 0; i < plan->unit_count; i++) {
		if (plan->units[i].member_count > 1) {
			join_batch(plan, &plan->units[i]);
		}
	}
	for (size_t i = 0; i < plan->count; i++) {
		if (plan->built[i] && !plan->grouped[i]) {
			add_member(plan, new_unit(plan, i), i);
		}
	}
}

/* Sends every unit with the given timeout in one parallel run. */
static void send_units(send_plan* plan, zend_long timeout, size_t concurrency, mm_http_pool* pool)
{
	const mm_http_request** reqs = safe_emalloc(plan->unit_count, sizeof(*reqs), 0);
	mm_http_response* res = safe_emalloc(plan->unit_count, sizeof(*res), 0);
	mm_error* errs = safe_emalloc(plan->unit_count, sizeof(*errs), 0);
	size_t* which = safe_emalloc(plan->unit_count, sizeof(*which), 0);
	mm_http_options opts;
	size_t n = 0;

	for (size_t u = 0; u < plan->unit_count; u++) {
		if (plan->units[u].req && plan->units[u].timeout == timeout) {
			which[n] = u;
			reqs[n] = plan->units[u].req;
			mm_http_response_init(&res[n]);
			n++;
		}
	}
	metamta_http_options(&opts, timeout);
	mm_http_send_many(pool, reqs, n, &opts, concurrency, res, errs);
	for (size_t k = 0; k < n; k++) {
		send_unit* unit = &plan->units[which[k]];
		unit->res = res[k];
		unit->err = errs[k];
		/* Sent: the unit keeps its answer, and is never sent again. */
		unit->req = NULL;
	}
	efree(which);
	efree(errs);
	efree(res);
	efree(reqs);
}

/* Gives each member of a unit its outcome. */
static void judge_unit(send_plan* plan, send_unit* unit)
{
	const char* body = unit->res.body.data ? unit->res.body.data : "";
	metamta_send_slot* slot;
	mm_error err;

	if (unit->err.domain != MM_ERROR_NONE) {
		/* Transport failure, or a batch that could not be joined. */
		for (size_t k = 0; k < unit->member_count; k++) {
			fail_slot(&plan->slots[plan->order[unit->first + k]], &unit->err);
		}
		return;
	}
	mm_error_clear(&err);
	if (unit->member_count == 1) {
		slot = &plan->slots[plan->order[unit->first]];
		if (!unit->ops->parse(unit->res.status, body, unit->res.body.len, &err)) {
			fail_slot(slot, &err);
		}
		return;
	}
	mm_error* results = safe_emalloc(unit->member_count, sizeof(*results), 0);
	bool whole =
	    unit->ops->batch->parse(unit->res.status, body, unit->res.body.len, results, unit->member_count, &err);
	for (size_t k = 0; k < unit->member_count; k++) {
		const mm_error* outcome = whole ? &results[k] : &err;
		if (outcome->domain != MM_ERROR_NONE) {
			fail_slot(&plan->slots[plan->order[unit->first + k]], outcome);
		}
	}
	efree(results);
}

/* Builds, sends and judges every slot that has HTTP ops. */
static void send_http(send_plan* plan, size_t concurrency)
{
	mm_http_pool* pool = NULL;
	bool any = false;

	for (size_t i = 0; i < plan->count; i++) {
		if (plan->ops[i]) {
			plan->built[i] =
			    plan->ops[i]->build(plan->slots[i].adapter, plan->slots[i].message, &plan->reqs[i]);
			if (!plan->built[i]) {
				capture_exception(&plan->slots[i]);
			}
			any = any || plan->built[i];
		}
	}
	if (!any) {
		return;
	}
	plan_units(plan);
	pool = metamta_http_pool();
	if (!pool) {
		mm_error err;
		mm_error_set(&err, MM_ERROR_INTERNAL, 0, "Out of memory creating the HTTP connection pool");
		for (size_t u = 0; u < plan->unit_count; u++) {
			plan->units[u].err = err;
			plan->units[u].req = NULL;
		}
	}
	/* One parallel run per distinct timeout (usually one: every HTTP
	 * adapter defaults to 60 s), so each request keeps its adapter's. */
	for (size_t u = 0; pool && u < plan->unit_count; u++) {
		if (plan->units[u].req) {
			send_units(plan, plan->units[u].timeout, concurrency, pool);
		}
	}
	for (size_t u = 0; u < plan->unit_count; u++) {
		judge_unit(plan, &plan->units[u]);
	}
}

static void plan_free(send_plan* plan)
{
	for (size_t i = 0; i < plan->count; i++) {
		mm_http_request_free(&plan->reqs[i]);
	}
	for (size_t u = 0; u < plan->unit_count; u++) {
		mm_http_request_free(&plan->units[u].joined);
		mm_http_response_free(&plan->units[u].res);
	}
	efree(plan->reqs);
	efree(plan->ops);
	efree(plan->built);
	efree(plan->grouped);
	efree(plan->order);
	efree(plan->units);
}

bool metamta_send_slots(metamta_send_slot* slots, size_t count, size_t concurrency)
{
	send_plan plan;
	bool any_http = false;

	if (count == 0) {
		return true;
	}
	memset(&plan, 0, sizeof(plan));
	plan.slots = slots;
	plan.count = count;
	plan.reqs = safe_emalloc(count, sizeof(*plan.reqs), 0);
	plan.ops = safe_emalloc(count, sizeof(*plan.ops), 0);
	plan.built = ecalloc(count, sizeof(*plan.built));
	plan.grouped = ecalloc(count, sizeof(*plan.grouped));
	plan.order = safe_emalloc(count, sizeof(*plan.order), 0);
	plan.units = safe_emalloc(count, sizeof(*plan.units), 0);
	for (size_t i = 0; i < count; i++) {
		ZVAL_UNDEF(&slots[i].exception);
		mm_http_request_init(&plan.reqs[i]);
		plan.ops[i] = ops_for(&slots[i]);
		any_http = any_http || plan.ops[i];
	}
	if (any_http) {
		send_http(&plan, concurrency);
	}
	for (size_t i = 0; i < count; i++) {
		if (!plan.ops[i]) {
			send_through_method(&slots[i]);
		}
	}
	plan_free(&plan);
	return true;
}

void metamta_send_slots_release(metamta_send_slot* slots, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		zval_ptr_dtor(&slots[i].exception);
		ZVAL_UNDEF(&slots[i].exception);
	}
}
