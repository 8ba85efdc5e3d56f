import {
  type APITextChannel,
  type APIThreadChannel,
  ChannelType,
  type ThreadAutoArchiveDuration,
} from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { timestampOfSnowflake } from "./next-snowflake.js";
import { noFlags } from "./no-flags.js";

export interface FakeThread {
  id: string;
  parentId: string;
  name: string;
  type: ChannelType.PublicThread | ChannelType.PrivateThread;
  /** Set when started from a message; Discord then gives the thread that message's id. */
  startMessageId: string | undefined;
  autoArchiveDuration: ThreadAutoArchiveDuration;
}

export interface FakeChannels {
  /** The guild's text channels (one: `fakeDiscordIds.channelId`), as GUILD_CREATE lists them. */
  readonly textChannels: readonly APITextChannel[];
  readonly threads: readonly FakeThread[];
  /** The channel object `GET /channels/:id` returns, or undefined (Discord: 10003 Unknown Channel). */
  apiChannel(id: string): APITextChannel | APIThreadChannel | undefined;
  addThread(thread: FakeThread): FakeThread;
}

export function createFakeChannels(): FakeChannels {
  const textChannels: APITextChannel[] = [
    {
      id: fakeDiscordIds.channelId,
      type: ChannelType.GuildText,
      guild_id: fakeDiscordIds.guildId,
      name: fakeDiscordIds.channelName,
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: "Remote Desktop trouble? Ask here.",
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: noFlags(),
    },
  ];
  const threads: FakeThread[] = [];
  return {
    textChannels,
    threads,
    apiChannel: (id) => {
      const thread = threads.find((t) => t.id === id);
      return thread === undefined ? textChannels.find((c) => c.id === id) : toApiThread(thread);
    },
    addThread(thread) {
      threads.push(thread);
      return thread;
    },
  };
}

/** A thread as Discord returns it from the create-thread routes and `GET /channels/:id`. */
export function toApiThread(thread: FakeThread): APIThreadChannel {
  const created = timestampOfSnowflake(thread.id);
  return {
    id: thread.id,
    type: thread.type,
    guild_id: fakeDiscordIds.guildId,
    parent_id: thread.parentId,
    owner_id: fakeDiscordIds.botUserId,
    name: thread.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: noFlags(),
    thread_metadata: {
      archived: false,
      auto_archive_duration: thread.autoArchiveDuration,
      archive_timestamp: created,
      locked: false,
      create_timestamp: created,
    },
    // The creator joins the thread it made.
    member: { id: thread.id, user_id: fakeDiscordIds.botUserId, join_timestamp: created, flags: noFlags() },
  };
}
