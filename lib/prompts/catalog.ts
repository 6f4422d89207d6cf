// The built-in prompt catalog: the interview questions a candidate can pick, with the
// rubric the rule engine grades each drawing against (rule ids and weights, docs/grading.md §3-4).
// Kept as data in the repo so it is reviewed like code and seeded into the database as is.
// Every entry is parsed through the schema when this module loads: a typo fails fast.

import { KOREAN_PROMPTS, KOREAN_TOPICS } from "./catalog-ko";
import { paragraphs, parsePromptCatalog, type PromptDefinition } from "./schemas";

const ENTRIES: PromptDefinition[] = [
  // The seeds' own exercise: chapter 1 of "System Design Interview". Every rule applies, and
  // the weights follow the 8-point checklist the seeds keep coming back to: redundancy
  // (no single point of failure, replicated data) and a stateless web tier matter most.
  {
    slug: "scale-to-millions",
    title: "Scale a web service from one server to millions of users",
    summary: "Grow a single-server web app into an architecture that serves millions of users without falling over.",
    brief: paragraphs(
      "You run a web application that started on a single server: the web server, the application code and the database all live on one machine, and users reach it through its domain name. The product has taken off. Traffic has grown a hundredfold in a year, the database is the first thing to struggle, and last month a hardware failure on that one machine took the whole service down for an afternoon.",
      "Walk me through how you would evolve this architecture, step by step, so that it serves millions of users. Start from the single server and draw the system you would end up with. Tell me what each new piece solves and what it costs.",
      "I am especially interested in what happens when any single machine dies, where user session state lives, how the data tier keeps up with reads and writes, how users far away from your data center get a fast experience, and how you would know that something is wrong before your users tell you.",
    ),
    topics: ["scalability", "availability", "caching", "storage", "load-balancing"],
    difficulty: "medium",
    durationMinutes: 45,
    requirements: {
      functional: [
        "Users sign in and keep their session while browsing, whichever server handles each request.",
        "Users read and update their profile and content through web and mobile clients.",
        "Static assets (images, JavaScript, CSS, video thumbnails) load for users worldwide.",
        "Slow work such as sending email and resizing uploaded photos happens outside the request path.",
      ],
      nonFunctional: [
        "No single machine failure takes the service down, including the load balancer and the database.",
        "99.95% availability, including during deployments and the loss of one data center.",
        "p95 page response under 200 ms for users in North America, Europe and Asia.",
        "Read traffic keeps growing about 10x faster than write traffic; the data tier must scale out, not only up.",
        "Operators get alerted on errors, latency and saturation, and capacity is added automatically.",
      ],
    },
    scale: [
      { label: "Daily active users", value: "10 million" },
      { label: "Peak requests per second", value: "50,000" },
      { label: "Read : write ratio", value: "10 : 1" },
      { label: "Data stored", value: "20 TB, growing 1 TB a month" },
      { label: "Regions served", value: "North America, Europe, Asia" },
    ],
    rubric: {
      rules: [
        { id: "no-single-point-of-failure", weight: 5 },
        { id: "stateless-web-tier", weight: 4 },
        { id: "database-replication", weight: 4 },
        { id: "redundant-web-tier", weight: 3 },
        { id: "load-balancer-redundancy", weight: 3 },
        { id: "cache-layer", weight: 3 },
        { id: "multi-data-center", weight: 2 },
        { id: "cdn-static-assets", weight: 2 },
        { id: "data-sharding", weight: 2 },
        { id: "message-queue-decoupling", weight: 2 },
        { id: "monitoring-automation", weight: 2 },
        { id: "dns-entry", weight: 1 },
      ],
      requiredKinds: ["client", "dns", "load_balancer", "web_server", "session_store", "database"],
    },
  },

  {
    slug: "url-shortener",
    title: "Design a URL shortener",
    summary: "Turn long links into short ones and redirect billions of clicks a month with minimal latency.",
    brief: paragraphs(
      "We want to build a URL shortening service like bit.ly or TinyURL. A user submits a long URL and gets back a short link such as sho.rt/x7Kp2Qa. Anyone who opens the short link is redirected to the original URL.",
      "Links never expire unless their owner deletes them. Clicks vastly outnumber new links, and a single link shared by a celebrity can receive a large share of all traffic within minutes.",
      "Design the service end to end: how short codes are generated without collisions, where the mappings are stored, and how redirects stay fast and available as the data grows to billions of links.",
    ),
    topics: ["caching", "storage", "id-generation", "hashing"],
    difficulty: "easy",
    durationMinutes: 40,
    requirements: {
      functional: [
        "Given a long URL, return a unique short URL of at most 7 characters after the domain.",
        "Opening a short URL redirects (HTTP 301 or 302) to the original long URL.",
        "Users may choose a custom alias if it is still free.",
        "Owners can delete a link and see its click count.",
      ],
      nonFunctional: [
        "Redirects are served with p99 latency under 50 ms.",
        "Redirects stay available when any one server or database node fails.",
        "Short codes are not guessable in sequence and never collide.",
        "Storage scales to ten years of links without redesign.",
      ],
    },
    scale: [
      { label: "New links per day", value: "100 million" },
      { label: "Redirects per day", value: "10 billion" },
      { label: "Read : write ratio", value: "100 : 1" },
      { label: "Peak redirect QPS", value: "200,000" },
      { label: "Storage over 10 years", value: "365 billion links, about 40 TB" },
    ],
    rubric: {
      rules: [
        { id: "cache-layer", weight: 5 },
        { id: "no-single-point-of-failure", weight: 4 },
        { id: "database-replication", weight: 3 },
        { id: "data-sharding", weight: 3 },
        { id: "redundant-web-tier", weight: 3 },
        { id: "load-balancer-redundancy", weight: 2 },
        { id: "dns-entry", weight: 1 },
        { id: "monitoring-automation", weight: 1 },
      ],
      requiredKinds: ["load_balancer", "web_server", "cache", "database"],
    },
  },

  {
    slug: "news-feed",
    title: "Design a social news feed",
    summary:
      "Build the home timeline of a social network: publish posts and assemble each user's feed in milliseconds.",
    brief: paragraphs(
      "Design the news feed of a social network like Facebook or Twitter. Users follow other users and publish posts with text, images and short videos. When a user opens the app they see a feed of recent posts from the people they follow, newest first.",
      "Most users follow a few hundred accounts, but some celebrities have tens of millions of followers. Posting must feel instant to the author, and a new post should show up in followers' feeds within a few seconds.",
      "Show how a post flows from the author to the feeds of their followers, how a feed is read quickly, and how the media attached to posts is stored and delivered. Explain the trade-off between building feeds when posts are written and when feeds are read.",
    ),
    topics: ["caching", "messaging", "storage", "fan-out", "media"],
    difficulty: "hard",
    durationMinutes: 60,
    requirements: {
      functional: [
        "A user publishes a post with text and optional images or video.",
        "A user sees a paginated feed of posts from accounts they follow, newest first.",
        "A user follows and unfollows other accounts.",
        "Likes and comment counts are shown on each post.",
      ],
      nonFunctional: [
        "Feed reads return in under 200 ms at p99.",
        "New posts reach followers' feeds within 5 seconds; eventual consistency is acceptable.",
        "Celebrity posts must not overload the write path (hot-key fan-out).",
        "No single component failure makes feeds unavailable.",
      ],
    },
    scale: [
      { label: "Daily active users", value: "300 million" },
      { label: "New posts per day", value: "500 million" },
      { label: "Feed reads per second (peak)", value: "1 million" },
      { label: "Average follows per user", value: "200" },
      { label: "Largest follower count", value: "100 million" },
      { label: "Media stored per day", value: "50 TB" },
    ],
    rubric: {
      rules: [
        { id: "cache-layer", weight: 5 },
        { id: "message-queue-decoupling", weight: 4 },
        { id: "no-single-point-of-failure", weight: 3 },
        { id: "data-sharding", weight: 3 },
        { id: "database-replication", weight: 3 },
        { id: "cdn-static-assets", weight: 2 },
        { id: "redundant-web-tier", weight: 2 },
        { id: "stateless-web-tier", weight: 2 },
        { id: "load-balancer-redundancy", weight: 1 },
        { id: "monitoring-automation", weight: 1 },
      ],
      requiredKinds: ["web_server", "cache", "message_queue", "worker", "database", "object_storage"],
    },
  },

  {
    slug: "chat-system",
    title: "Design a chat system",
    summary: "Deliver one-to-one and group messages in real time, with history, presence and offline delivery.",
    brief: paragraphs(
      "Design a chat application like WhatsApp or Slack. Users send one-to-one messages and messages to groups of up to 500 members. Messages appear on the recipient's devices within a fraction of a second when they are online, and are delivered as soon as they come back when they are offline.",
      "Users can be signed in on a phone and a laptop at the same time, and both must show the same conversation. The app shows whether contacts are online. Chat history is kept forever and can be scrolled back on any device.",
      "Draw the architecture: how clients keep a connection open, how a message finds the server holding the recipient's connection, where messages are stored, and what happens to in-flight messages when a chat server crashes.",
    ),
    topics: ["real-time", "messaging", "storage", "websockets"],
    difficulty: "hard",
    durationMinutes: 60,
    requirements: {
      functional: [
        "One-to-one and group chat (up to 500 members) with text messages.",
        "Messages are delivered in order within a conversation, to every device of the recipient.",
        "Offline users receive their messages, and a push notification, when they come back.",
        "Online/offline presence indicators for contacts.",
        "Persistent chat history that can be scrolled back on any device.",
      ],
      nonFunctional: [
        "End-to-end delivery latency under 300 ms for online users.",
        "No message is lost once the server acknowledged it, even if a chat server crashes.",
        "Chat servers scale horizontally; a client can reconnect to any of them.",
        "History storage scales to trillions of messages.",
      ],
    },
    scale: [
      { label: "Daily active users", value: "50 million" },
      { label: "Concurrent connections (peak)", value: "10 million" },
      { label: "Messages per day", value: "5 billion" },
      { label: "Peak messages per second", value: "150,000" },
      { label: "New message storage per day", value: "about 500 GB" },
    ],
    rubric: {
      rules: [
        { id: "message-queue-decoupling", weight: 5 },
        { id: "no-single-point-of-failure", weight: 4 },
        { id: "data-sharding", weight: 3 },
        { id: "database-replication", weight: 3 },
        { id: "redundant-web-tier", weight: 3 },
        { id: "load-balancer-redundancy", weight: 2 },
        { id: "cache-layer", weight: 2 },
        { id: "stateless-web-tier", weight: 2 },
        { id: "monitoring-automation", weight: 2 },
      ],
      requiredKinds: ["client", "load_balancer", "web_server", "message_queue", "database"],
    },
  },

  {
    slug: "rate-limiter",
    title: "Design a distributed rate limiter",
    summary: "Throttle API clients fairly across a fleet of servers without adding latency or a new point of failure.",
    brief: paragraphs(
      "Our public API runs on many servers behind a load balancer. Some clients send far more requests than their plan allows, and a single misbehaving script recently degraded the service for everyone. Design a rate limiter that protects the API.",
      "Limits are defined per API key and per endpoint, for example 100 requests per second and 10,000 per day, and operations staff change them without a deployment. A client that exceeds its limit gets HTTP 429 with a header saying when to retry. The limit must hold across the whole fleet, not per server.",
      "Show where the limiter sits, where the counters live, which algorithm you would use (token bucket, sliding window or another) and why, and what the API does if the limiter itself is slow or down.",
    ),
    topics: ["caching", "api-design", "distributed-counters", "availability"],
    difficulty: "medium",
    durationMinutes: 35,
    requirements: {
      functional: [
        "Limit requests per API key and per endpoint over several windows (second, minute, day).",
        "Reject excess requests with HTTP 429 and Retry-After / X-RateLimit headers.",
        "Limit rules are stored centrally and changed at runtime without redeploying.",
        "Operators can see which clients are being throttled.",
      ],
      nonFunctional: [
        "Adds under 2 ms to the p99 latency of an API call.",
        "Limits are accurate across all API servers, within a small tolerance.",
        "If the limiter's store is unavailable the API keeps serving (fail open) and raises an alert.",
        "Handles bursts of 10x normal traffic from a single client.",
      ],
    },
    scale: [
      { label: "API requests per second (peak)", value: "1 million" },
      { label: "Distinct API keys", value: "5 million" },
      { label: "API servers", value: "about 200" },
      { label: "Limit rules", value: "around 10,000" },
    ],
    rubric: {
      rules: [
        { id: "cache-layer", weight: 5 },
        { id: "no-single-point-of-failure", weight: 3 },
        { id: "redundant-web-tier", weight: 3 },
        { id: "monitoring-automation", weight: 3 },
        { id: "load-balancer-redundancy", weight: 2 },
        { id: "database-replication", weight: 1 },
      ],
      requiredKinds: ["cache"],
    },
  },

  {
    slug: "notification-system",
    title: "Design a notification system",
    summary:
      "Send push, SMS and email notifications reliably at scale, respecting user preferences and provider limits.",
    brief: paragraphs(
      "Design a notification service that other teams in the company call to reach users. It sends mobile push notifications through Apple and Google, text messages through an SMS provider, and emails through an email provider. Some notifications are triggered by events, like a new message or a shipped order; others are scheduled campaigns sent to millions of users at once.",
      "Users choose which kinds of notifications they want on which channel, and must never receive the same notification twice in a short time. Third-party providers are sometimes slow or down and have their own rate limits.",
      "Draw the system from the calling service to the user's device. Explain how you keep a slow provider or a huge campaign from delaying urgent notifications, how failed sends are retried, and how you track what was delivered.",
    ),
    topics: ["messaging", "reliability", "third-party-integration"],
    difficulty: "medium",
    durationMinutes: 45,
    requirements: {
      functional: [
        "Internal services send a notification to a user or a segment through one API.",
        "Channels: iOS and Android push, SMS and email, chosen by type and user preference.",
        "Users opt out per notification type and per channel.",
        "Scheduled and bulk campaigns as well as real-time event notifications.",
        "Delivery status (sent, delivered, failed, opened) is recorded and queryable.",
      ],
      nonFunctional: [
        "Urgent notifications are sent within seconds, even while a bulk campaign is running.",
        "At-least-once delivery to the provider, with de-duplication so users rarely see duplicates.",
        "A failing provider is retried with backoff and never blocks the other channels.",
        "The API stays available when any one server fails.",
      ],
    },
    scale: [
      { label: "Push notifications per day", value: "10 million" },
      { label: "SMS per day", value: "1 million" },
      { label: "Emails per day", value: "5 million" },
      { label: "Largest campaign", value: "20 million recipients" },
      { label: "Registered devices", value: "80 million" },
    ],
    rubric: {
      rules: [
        { id: "message-queue-decoupling", weight: 5 },
        { id: "no-single-point-of-failure", weight: 3 },
        { id: "database-replication", weight: 3 },
        { id: "monitoring-automation", weight: 3 },
        { id: "redundant-web-tier", weight: 2 },
        { id: "cache-layer", weight: 2 },
        { id: "load-balancer-redundancy", weight: 1 },
      ],
      requiredKinds: ["web_server", "message_queue", "worker", "database"],
    },
  },

  {
    slug: "video-streaming",
    title: "Design a video streaming platform",
    summary: "Let creators upload videos and stream them smoothly to viewers worldwide on any device and connection.",
    brief: paragraphs(
      "Design a video platform like YouTube. Creators upload videos of up to a few gigabytes. Viewers anywhere in the world watch them on phones, laptops and TVs, over connections ranging from slow mobile data to fibre, and the player adapts quality to the connection.",
      "A freshly uploaded video must be processed into several resolutions and formats before it can be watched, which takes minutes of compute per video. A small fraction of videos gets most of the views, and a video can go viral within hours of upload.",
      "Draw the upload path and the playback path. Explain where raw and processed video is stored, how processing scales with the upload rate, how video reaches viewers quickly, and what keeps costs under control.",
    ),
    topics: ["media", "storage", "caching", "messaging", "content-delivery"],
    difficulty: "hard",
    durationMinutes: 60,
    requirements: {
      functional: [
        "Creators upload videos with a title, description and thumbnail; large uploads can resume.",
        "Uploaded videos are transcoded into multiple resolutions and adaptive-bitrate formats.",
        "Viewers stream videos with quality that adapts to their bandwidth.",
        "Viewers see video metadata, view counts and a list of recommended videos.",
      ],
      nonFunctional: [
        "Playback starts in under 2 seconds and rarely rebuffers, worldwide.",
        "A video is watchable within minutes of upload completing.",
        "Uploaded videos are never lost (11 nines durability).",
        "The platform survives the loss of a data center.",
        "Bandwidth cost is the biggest expense and must be minimised.",
      ],
    },
    scale: [
      { label: "Daily active users", value: "50 million" },
      { label: "Videos watched per day", value: "250 million" },
      { label: "Uploads per day", value: "500,000" },
      { label: "Average video size (raw)", value: "300 MB" },
      { label: "New storage per day", value: "about 150 TB raw, 450 TB with all renditions" },
      { label: "Peak egress", value: "several Tbps" },
    ],
    rubric: {
      rules: [
        { id: "cdn-static-assets", weight: 5 },
        { id: "message-queue-decoupling", weight: 4 },
        { id: "no-single-point-of-failure", weight: 3 },
        { id: "multi-data-center", weight: 2 },
        { id: "database-replication", weight: 2 },
        { id: "cache-layer", weight: 2 },
        { id: "redundant-web-tier", weight: 2 },
        { id: "monitoring-automation", weight: 2 },
        { id: "dns-entry", weight: 1 },
        { id: "data-sharding", weight: 1 },
      ],
      requiredKinds: ["client", "cdn", "object_storage", "message_queue", "worker", "database"],
    },
  },

  {
    slug: "web-crawler",
    title: "Design a web crawler",
    summary: "Crawl billions of web pages politely and continuously to feed a search index.",
    brief: paragraphs(
      "Design a web crawler for a search engine. Starting from a set of seed URLs, it downloads pages, extracts the links they contain and follows them, and stores page content for the indexing pipeline. It runs continuously, revisiting pages so the index stays fresh.",
      "The web is huge, messy and sometimes hostile: pages are duplicated under many URLs, some sites generate infinite links, and site owners expect you to respect robots.txt and not hammer their servers. At this scale machines fail every day, and the crawl must carry on.",
      "Draw the crawler's components and how URLs and pages flow between them. Explain how you decide what to crawl next, how you stay polite to each host, how you avoid crawling the same content twice, and how the work is spread over many machines.",
    ),
    topics: ["messaging", "storage", "distributed-systems", "batch-processing"],
    difficulty: "hard",
    durationMinutes: 50,
    requirements: {
      functional: [
        "Start from seed URLs, download HTML pages, extract and normalise links, and enqueue new URLs.",
        "Store the content of every downloaded page for the indexer.",
        "Respect robots.txt and a per-host crawl delay.",
        "Detect duplicate URLs and near-duplicate content and skip them.",
        "Re-crawl pages periodically, more often for pages that change often.",
      ],
      nonFunctional: [
        "Politeness: never more than one open connection to a host at a time.",
        "Horizontally scalable: adding workers increases throughput linearly.",
        "Robust to malformed pages, spider traps and worker crashes; no URL is lost when a worker dies.",
        "Prioritises important pages when capacity is short.",
      ],
    },
    scale: [
      { label: "Pages crawled per month", value: "1 billion" },
      { label: "Average crawl rate", value: "about 400 pages per second (peak 800)" },
      { label: "Average page size", value: "500 KB" },
      { label: "Content stored per month", value: "500 TB" },
      { label: "Retention", value: "5 years, about 30 PB" },
    ],
    rubric: {
      rules: [
        { id: "message-queue-decoupling", weight: 5 },
        { id: "data-sharding", weight: 3 },
        { id: "database-replication", weight: 2 },
        { id: "monitoring-automation", weight: 3 },
      ],
      requiredKinds: ["message_queue", "worker", "object_storage", "database"],
    },
  },

  {
    slug: "search-autocomplete",
    title: "Design search autocomplete",
    summary: "Suggest the top completions for a search box as the user types, within a few milliseconds.",
    brief: paragraphs(
      "Design the autocomplete behind a search box, like Google's. As the user types each character, the box shows the five most popular queries that start with what they have typed so far.",
      "Popularity comes from what users actually search for, so the suggestions follow trends, though they may lag behind by up to an hour. Suggestions must never include blocked or offensive terms, and a term added to the block list must disappear quickly.",
      "Draw two paths: the query path that answers each keystroke, and the data path that turns search logs into the structure the query path reads. Explain how you keep every keystroke fast and how that structure is stored and updated at scale.",
    ),
    topics: ["caching", "search", "data-processing", "tries"],
    difficulty: "medium",
    durationMinutes: 45,
    requirements: {
      functional: [
        "Return the top 5 completions for a prefix, ranked by query frequency.",
        "Suggestions are refreshed from search logs at least every hour.",
        "Blocked terms never appear in suggestions, and removals take effect within minutes.",
        "English lowercase queries only for the first version.",
      ],
      nonFunctional: [
        "p99 response under 100 ms end to end, so suggestions keep up with typing.",
        "Highly available; a degraded answer beats no answer.",
        "The suggestion data scales to billions of distinct queries.",
      ],
    },
    scale: [
      { label: "Daily active users", value: "10 million" },
      { label: "Searches per user per day", value: "10, about 20 characters each" },
      { label: "Suggestion requests per second", value: "about 24,000 average, 48,000 peak" },
      { label: "New distinct queries per day", value: "about 20%, roughly 0.4 GB of new data" },
    ],
    rubric: {
      rules: [
        { id: "cache-layer", weight: 5 },
        { id: "data-sharding", weight: 3 },
        { id: "redundant-web-tier", weight: 3 },
        { id: "no-single-point-of-failure", weight: 3 },
        { id: "database-replication", weight: 2 },
        { id: "message-queue-decoupling", weight: 2 },
        { id: "load-balancer-redundancy", weight: 1 },
        { id: "monitoring-automation", weight: 1 },
      ],
      requiredKinds: ["web_server", "cache", "worker", "database"],
    },
  },

  {
    slug: "ticket-booking",
    title: "Design a concert ticket booking system",
    summary: "Sell reserved seats for popular events without double-booking, even when a million fans arrive at once.",
    brief: paragraphs(
      "Design a ticketing site like Ticketmaster. Users browse events, pick specific seats on a seating map, hold them for a few minutes while they pay, and receive a ticket. A seat must never be sold twice.",
      "Most of the time traffic is modest, but when tickets for a popular artist go on sale, hundreds of thousands of people arrive in the same minute for a few tens of thousands of seats. The site must stay up, stay fair, and not oversell.",
      "Draw the architecture for browsing, seat holds and checkout. Explain how you guarantee a seat is sold at most once, how holds expire, how you absorb the on-sale spike, and how payment is integrated without losing or double-charging orders.",
    ),
    topics: ["consistency", "storage", "caching", "messaging", "traffic-spikes"],
    difficulty: "hard",
    durationMinutes: 60,
    requirements: {
      functional: [
        "Browse and search events; view a venue's seat map with live availability.",
        "Hold selected seats for 10 minutes while the user checks out; holds expire automatically.",
        "Pay through a third-party payment provider and receive an e-ticket by email.",
        "A virtual waiting room admits users in order during high-demand sales.",
      ],
      nonFunctional: [
        "Strong consistency for seat inventory: no seat is ever sold twice.",
        "Event and seat-map pages load in under 500 ms, even during an on-sale spike.",
        "Survives the loss of any single server or database node without losing orders.",
        "Checkout is idempotent: retries never charge a user twice.",
      ],
    },
    scale: [
      { label: "Daily active users (normal)", value: "2 million" },
      { label: "Users arriving at a big on-sale", value: "1 million within 10 minutes" },
      { label: "Seats per big event", value: "50,000" },
      { label: "Browse : purchase ratio", value: "100 : 1" },
      { label: "Events listed", value: "500,000 per year" },
    ],
    rubric: {
      rules: [
        { id: "database-replication", weight: 4 },
        { id: "no-single-point-of-failure", weight: 4 },
        { id: "cache-layer", weight: 3 },
        { id: "message-queue-decoupling", weight: 3 },
        { id: "stateless-web-tier", weight: 3 },
        { id: "redundant-web-tier", weight: 3 },
        { id: "load-balancer-redundancy", weight: 2 },
        { id: "cdn-static-assets", weight: 2 },
        { id: "monitoring-automation", weight: 2 },
        { id: "dns-entry", weight: 1 },
      ],
      requiredKinds: ["load_balancer", "web_server", "cache", "message_queue", "database"],
    },
  },

  // A five-minute exercise to try the product quickly, and a short clock for time-out tests.
  // Kept last so it does not lead the catalog.
  {
    slug: "warm-up-cache",
    title: "Warm-up: put a cache in front of a database",
    summary: "A five-minute warm-up: speed up a read-heavy app with a cache and keep its data safe.",
    brief: paragraphs(
      "A small web application reads the same product pages from its database over and over, and the database is running hot. Draw the application server, a cache in front of the database, and what you would add so that losing the database server does not lose the data.",
      "You have five minutes. Keep it small: a handful of boxes and the arrows between them.",
    ),
    topics: ["caching", "storage"],
    difficulty: "easy",
    durationMinutes: 5,
    requirements: {
      functional: [
        "Product pages are read through a cache and fall back to the database on a miss.",
        "Product updates reach readers within a minute.",
      ],
      nonFunctional: ["Most reads are served from the cache.", "The failure of the database server loses no data."],
    },
    scale: [
      { label: "Page reads per second", value: "2,000" },
      { label: "Read : write ratio", value: "50 : 1" },
    ],
    rubric: {
      rules: [
        { id: "cache-layer", weight: 2 },
        { id: "database-replication", weight: 1 },
      ],
      requiredKinds: ["cache", "database"],
    },
  },
];

/**
 * Each entry with its Korean version (lib/prompts/catalog-ko.ts). Every built-in prompt is
 * bilingual: one without Korean, or Korean for a prompt that is not here, fails at load.
 */
function withKorean(entries: PromptDefinition[]): PromptDefinition[] {
  const stray = Object.keys(KOREAN_PROMPTS).filter((slug) => !entries.some((entry) => entry.slug === slug));
  if (stray.length > 0) throw new Error(`Korean catalog names prompts that do not exist: ${stray.join(", ")}`);
  return entries.map((entry) => {
    const korean = KOREAN_PROMPTS[entry.slug];
    if (!korean) throw new Error(`Catalog prompt "${entry.slug}" has no Korean version in lib/prompts/catalog-ko.ts`);
    const unnamed = entry.topics.filter((topic) => !KOREAN_TOPICS[topic]);
    if (unnamed.length > 0) {
      throw new Error(`Catalog prompt "${entry.slug}" has topics with no Korean name: ${unnamed.join(", ")}`);
    }
    const topics = Object.fromEntries(entry.topics.map((topic) => [topic, KOREAN_TOPICS[topic]!]));
    return { ...entry, translations: { ko: { ...korean, topics } } };
  });
}

/** The built-in prompts, in display order. Parsed through the schema at module load. */
export const PROMPT_CATALOG: PromptDefinition[] = parsePromptCatalog(withKorean(ENTRIES));

const BY_SLUG = new Map(PROMPT_CATALOG.map((prompt) => [prompt.slug, prompt]));

/** The catalog prompt with this slug, or undefined. */
export function findPromptBySlug(slug: string): PromptDefinition | undefined {
  return BY_SLUG.get(slug);
}
