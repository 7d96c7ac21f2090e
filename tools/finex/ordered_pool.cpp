#include "ordered_pool.h"

#include <algorithm>
#include <cstdint>

namespace finex::cli {

OrderedPool::OrderedPool(unsigned threads, std::size_t window, Delivery deliver,
                         std::size_t byte_budget)
    : window_(std::max<std::size_t>(window, 1)), byte_budget_(byte_budget), deliver_(std::move(deliver)) {
  for (unsigned i = 0; i < std::max(threads, 1u); ++i) workers_.emplace_back([this] { work(); });
}

OrderedPool::~OrderedPool() { finish(); }

bool OrderedPool::submit(Task task, std::size_t bytes) {
  std::unique_lock lock(mutex_);
  room_ready_.wait(lock, [&] {
    const bool bytes_fit = bytes_ == 0 || bytes <= byte_budget_ - std::min(bytes_, byte_budget_);
    return (slots_.size() < window_ && bytes_fit) || stopped_;
  });
  if (stopped_) return false;
  bytes_ += bytes;
  slots_.push_back({std::move(task), std::nullopt, bytes});
  task_ready_.notify_one();
  return true;
}

void OrderedPool::finish() {
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    finished_ = true;
    closing_ = true;
  }
  task_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void OrderedPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    task_ready_.wait(lock, [&] { return next_seq_ - front_seq_ < slots_.size() || closing_; });
    if (next_seq_ - front_seq_ >= slots_.size()) return;  // closing, nothing left to take
    const std::size_t seq = next_seq_++;
    Task task = std::move(slots_[seq - front_seq_].task);
    const bool skip = stopped_;
    lock.unlock();
    Processed done = skip ? Processed{} : task();
    lock.lock();
    // The slot cannot have moved on: only done slots are delivered.
    slots_[seq - front_seq_].done = std::move(done);
    if (!delivering_) deliver_ready(lock);
  }
}

void OrderedPool::deliver_ready(std::unique_lock<std::mutex>& lock) {
  delivering_ = true;
  std::vector<Processed> batch;
  while (!slots_.empty() && slots_.front().done) {
    // Take every done slot at the front at once, then deliver them without the lock.
    while (!slots_.empty() && slots_.front().done) {
      batch.push_back(std::move(*slots_.front().done));
      bytes_ -= slots_.front().bytes;
      slots_.pop_front();
      ++front_seq_;
    }
    // Wake the submitter only once half the window and half the bytes are free, not for every
    // document: a wake-up per document costs a thread switch per document.
    const bool bytes_free = byte_budget_ == SIZE_MAX || bytes_ <= byte_budget_ / 2;
    if (slots_.size() <= window_ / 2 && bytes_free) room_ready_.notify_one();
    const bool was_stopped = stopped_;
    lock.unlock();
    bool go_on = !was_stopped;
    for (Processed& done : batch)
      if (go_on) go_on = deliver_(std::move(done));
    batch.clear();
    lock.lock();
    if (!go_on && !stopped_) {
      stopped_ = true;
      room_ready_.notify_all();
    }
  }
  delivering_ = false;
}

}  // namespace finex::cli
